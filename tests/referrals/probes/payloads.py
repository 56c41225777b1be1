"""Hostile values for every free-text field a help-seeker fills in."""

MARKER = "Qzvmarker4417"
SCRIPT = "<script>window.__xss=1</script>"
IMG = '"><img src=x onerror=window.__xss=1>'
JS_URL = "javascript:window.__xss=1"
PAYLOADS = (SCRIPT, IMG, JS_URL)


def hostile_answers(payload: str) -> dict:
    """Free-text answers of the starter questionnaire, each carrying payload."""
    return {
        "summary": f"{MARKER} {payload} summary",
        "accessibility_details": f"{MARKER} {payload} access",
    }


def hostile_name(payload: str) -> str:
    return f"{MARKER} {payload} name"
