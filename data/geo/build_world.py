"""Rebuild world-110m.geojson from Natural Earth 110m country shapes (see README.md here).

Input: the GeoJSON that topojson-client's ``feature()`` makes of world-atlas's
``countries-110m.json`` (ids are ISO 3166-1 numeric codes). Output: the same shapes with
ISO 3166-1 alpha-3 ids (the ``country:ISO3`` ids of the tables), each country's name and
coordinates rounded to 0.01 degree (about 1 km: finer than 1:110m shapes are), so the file
embedded in every map stays small.

Usage: python data/geo/build_world.py countries-110m.geojson > data/geo/world-110m.geojson
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import pycountry

# Natural Earth shapes with no ISO 3166-1 code get a readable id no table will ever use, so
# the shape is still drawn (in grey) and never coloured by mistake.
NO_ISO = "_"


def iso3_of(numeric: str | None, name: str) -> str:
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    if country is not None:
        return country.alpha_3
    return NO_ISO + re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


def rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return value


def convert(collection: dict[str, Any]) -> dict[str, Any]:
    features = []
    for feature in collection["features"]:
        name = feature["properties"]["name"]
        geometry = feature["geometry"]
        features.append(
            {
                "type": "Feature",
                "id": iso3_of(feature.get("id"), name),
                "properties": {"name": name},
                "geometry": {
                    "type": geometry["type"],
                    "coordinates": rounded(geometry["coordinates"]),
                },
            }
        )
    features.sort(key=lambda feature: feature["id"])
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        source = json.load(handle)
    json.dump(convert(source), sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")
