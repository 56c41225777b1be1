"""Reading the JSON files that import commands take, with errors a person can act on."""

import json

from django.core.management.base import CommandError


def read_json_file(path: str):
    """The parsed contents of path, or CommandError saying what is wrong with it."""
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror}.") from None
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{path} is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})."
        ) from None
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not UTF-8 text.") from None
