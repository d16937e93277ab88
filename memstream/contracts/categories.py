"""Memory categories: Mem0's 15 defaults, and the custom lists an add or a project sets.

A custom list is Mem0's `[{name: description}, ...]` (a bare name is its own description);
it replaces the defaults, it does not extend them.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, Field

__all__ = [
    "DEFAULT_CATEGORIES",
    "MAX_CATEGORIES",
    "CustomCategories",
    "category_map",
    "check_categories",
]

DEFAULT_CATEGORIES: dict[str, str] = {
    "personal_details": "personal information: names, age, home, relationships, important dates",
    "family": "family members, relatives, children, parents, family events and traditions",
    "professional_details": "job, employer, work history, colleagues, skills, career goals",
    "sports": "sports played or followed, teams, athletic activities and training",
    "travel": "trips, places visited or planned, destinations, travel preferences",
    "food": "food and drink, cooking, diets, favourite dishes, cuisines and restaurants",
    "music": "music, songs, artists, bands, genres, concerts and instruments",
    "health": "health conditions, allergies, medication, fitness, sleep and wellness",
    "technology": "devices, software, programming, apps and technical interests",
    "hobbies": "hobbies, crafts, pastimes, collections and creative pursuits",
    "fashion": "clothing, style, brands, accessories and shopping habits",
    "entertainment": "movies, TV shows, books, games, podcasts and other media",
    "milestones": "life events and achievements: graduations, weddings, births, moves, firsts",
    "user_preferences": "general likes, dislikes, preferences and personal choices",
    "misc": "anything that fits no other category",
}
MAX_CATEGORIES = 50
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_ .-]{0,63}$")
_MAX_DESCRIPTION = 500


def _entry(item: object, index: int) -> tuple[str, str]:
    if isinstance(item, str):
        name, description = item, item
    elif isinstance(item, dict) and len(item) == 1:
        [(name, description)] = item.items()
        if not isinstance(description, str):
            raise ValueError(f"[{index}]: the description of {name!r} must be a string")
    else:
        raise ValueError(f"[{index}] must be an object with one key, {{name: description}}")
    name = name.strip()
    if not _NAME.match(name):
        raise ValueError(
            f"[{index}]: category names are 1-64 letters, digits, spaces, _ . or -, "
            f"starting with a letter or digit"
        )
    if len(description) > _MAX_DESCRIPTION:
        raise ValueError(f"[{index}]: a description is at most {_MAX_DESCRIPTION} characters")
    return name, description.strip() or name


def check_categories(value: list[Any]) -> list[dict[str, str]]:
    """`value` as `[{name: description}]`, names unique; a ValueError says what is wrong."""
    if not 0 < len(value) <= MAX_CATEGORIES:
        raise ValueError(f"must list 1 to {MAX_CATEGORIES} categories")
    entries = [_entry(item, i) for i, item in enumerate(value)]
    names = [name for name, _ in entries]
    if len(set(names)) != len(names):
        raise ValueError("category names must be unique")
    return [{name: description} for name, description in entries]


def category_map(categories: list[dict[str, str]] | None) -> dict[str, str]:
    """name → description of a checked custom list; Mem0's defaults when there is none."""
    if not categories:
        return dict(DEFAULT_CATEGORIES)
    return {name: description for entry in categories for name, description in entry.items()}


CustomCategories = Annotated[
    list[Any],
    AfterValidator(check_categories),
    Field(
        description="categories replacing Mem0's 15 defaults: [{name: description}] (or names); "
        f"1 to {MAX_CATEGORIES}",
        json_schema_extra={
            "items": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string"},
                ]
            }
        },
    ),
]
