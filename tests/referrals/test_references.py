import re

from referrals.references import (
    ALPHABET,
    generate_reference,
    hash_status_secret,
    new_status_secret,
    normalise_reference,
    status_secret_matches,
)


def test_references_look_like_sp_and_two_groups_of_unambiguous_characters():
    for _ in range(200):
        reference = generate_reference()
        assert re.fullmatch(r"SP-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}", reference)
        assert not set(reference) & set("01OILU")


def test_references_are_random():
    assert len({generate_reference() for _ in range(500)}) == 500


def test_a_reference_typed_loosely_is_recognised():
    reference = generate_reference()

    assert normalise_reference(reference.lower().replace("-", " ")) == reference
    assert normalise_reference(" " + reference.replace("-", "") + " ") == reference


def test_a_single_mistyped_or_swapped_character_is_caught():
    # Luhn mod 30 misses only the swap of 2 and Z.
    reference = generate_reference()
    code = reference.replace("SP-", "").replace("-", "")
    for position in range(len(code)):
        for char in ALPHABET:
            if char != code[position]:
                typo = code[:position] + char + code[position + 1 :]
                assert normalise_reference("SP" + typo) is None
    for position in range(len(code) - 1):
        swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
        if swapped != code and {code[position], code[position + 1]} != {"2", "Z"}:
            assert normalise_reference("SP" + swapped) is None


def test_malformed_references_are_refused():
    for text in ("", None, "SP-1234-5678", "XX-ABCD-EFGH", "SP-ABCD-EFG"):
        assert normalise_reference(text) is None


def test_status_secrets_are_long_random_and_stored_only_as_a_hash():
    secret = new_status_secret()

    assert len(secret) == 20 and secret != new_status_secret()
    assert status_secret_matches(secret, hash_status_secret(secret))
    assert status_secret_matches(secret.upper(), hash_status_secret(secret))
    assert not status_secret_matches("wrong", hash_status_secret(secret))
    assert not status_secret_matches("", hash_status_secret(secret))


def test_a_derived_status_secret_is_the_same_for_the_same_submission_only():
    key = b"k" * 32

    assert new_status_secret(derive_from="abc", key=key) == new_status_secret(
        derive_from="abc", key=key
    )
    assert new_status_secret(derive_from="abc", key=key) != new_status_secret(
        derive_from="abd", key=key
    )
    assert new_status_secret(derive_from="abc", key=key) != new_status_secret(
        derive_from="abc", key=b"x" * 32
    )
