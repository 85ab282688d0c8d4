"""Acceptance on the seed with the shipped German model."""

import pytest

from generator.config import Settings
from generator.export import export
from generator.pipeline import run

from .conftest import SEED


@pytest.fixture(scope="module")
def seed_export() -> dict:
    return export(run(Settings(sources=SEED.parent, cache_dir=None, progress=False)).knowledge)


def test_seed_people_roles_and_ages(seed_export) -> None:
    (doc,) = seed_export["documents"]
    people = {p["name"]: p for p in doc["people"]}
    assert set(people) == {"Wladimir Putin", "Kim Jong-un", "Yoon Suk-yeol", "Kim Geum Chol"}
    assert "Kremlchef" in people["Wladimir Putin"]["roles"] and people["Wladimir Putin"]["ages"] == [71]
    assert "Diktator" in people["Kim Jong-un"]["roles"] and people["Kim Jong-un"]["ages"] == [40]
    assert "Kim Jong Un" in people["Kim Jong-un"]["mentions"]
    assert people["Yoon Suk-yeol"]["roles"] == ["Präsident (Südkorea)"] and people["Yoon Suk-yeol"][
        "ages"
    ] == [63]
    assert people["Yoon Suk-yeol"]["quotes"] == [
        "eindeutige Bedrohung und eine große Herausforderung für den Frieden und die Sicherheit auf der "
        "koreanischen Halbinsel und in Europa"
    ]
    assert people["Kim Geum Chol"]["roles"] == ["Leiter der Kim-Il-Sung-Militäruniversität"]


def test_seed_key_points_are_the_teaser(seed_export) -> None:
    (doc,) = seed_export["documents"]
    assert doc["key_points"] == [
        "Nordkoreanische Militärdelegation zu Besuch in Russland eingetroffen",
        "Wladimir Putin und Kim Jong Un vereinbarten im Juni engere militärische Zusammenarbeit",
        "Weitere Details zu Besuch der Nordkorea-Delegation unklar",
    ]


def test_no_entity_from_credits_or_furniture(seed_export) -> None:
    (doc,) = seed_export["documents"]
    names = [
        m for kind in ("people", "organizations", "places", "misc") for e in doc[kind] for m in e["mentions"]
    ]
    for junk in (
        "Bild",
        "picture alliance",
        "dpa",
        "Sputnik",
        "Kremlin",
        "AP",
        "Gavriil Grigorov",
        "Artikel",
    ):
        assert not any(junk in n for n in names), junk


def test_person_ids_are_global(seed_export) -> None:
    ids = {p["id"] for p in seed_export["people"]}
    assert {p["id"] for p in seed_export["documents"][0]["people"]} == ids
    putin = next(p for p in seed_export["people"] if p["name"] == "Wladimir Putin")
    assert putin["aliases"] == ["Putin"] and putin["documents"] == ["000_bf32d7edd2818517"]


def test_export_holds_what_the_pages_show(seed_export) -> None:
    (doc,) = seed_export["documents"]
    places = {p["name"]: p for p in seed_export["places"]}
    assert places["Russland"]["documents"] == [doc["id"]]
    assert {e["id"] for e in doc["places"]} <= {p["id"] for p in seed_export["places"]}
    assert {e["id"] for e in doc["organizations"]} == {o["id"] for o in seed_export["organizations"]}
    putin = next(p for p in seed_export["people"] if p["name"] == "Wladimir Putin")
    assert putin["ages"] == [{"age": 71, "document": doc["id"], "born": None}]  # the seed is undated
    yoon = next(p for p in seed_export["people"] if p["name"] == "Yoon Suk-yeol")
    assert (
        yoon["quotes"][0]["text"].startswith("eindeutige Bedrohung")
        and yoon["quotes"][0]["document"] == doc["id"]
    )
