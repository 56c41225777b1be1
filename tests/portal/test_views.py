def test_robots_txt_keeps_crawlers_out_of_staff_and_private_areas(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Disallow: /pl/get-help/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_security_headers_are_set_on_public_pages(client, db):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_api_404s_are_not_redirected_into_a_language(client, db):
    assert client.get("/api/v2/guides/999999/").status_code == 404


def test_the_sitemap_lists_real_pages_in_every_language_but_not_fallbacks(client, db):
    from tests.knowledge.factories import publish_guide, translate

    guide = publish_guide(slug="deposits")
    translate(guide, "pl", title="Kaucje", summary="s")
    body = client.get("/sitemap.xml").content.decode()
    assert "/en/housing/deposits/</loc>" in body
    assert "/pl/housing/deposits/</loc>" in body
    assert "/cy/housing/deposits/</loc>" not in body
