#!/usr/bin/env python3
# make-context.py: the map's context layer (Syria and its governorates) from OCHA COD-AB
#
# Copyright 2026 The Aleppo Atlas authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   build-aux/make-context.py /path/to/geodata/ocha_codab [data/geodata/ocha_syr_context.geojson]
#
# Reads syr_admin0_v02.geojson (the country) and syr_admin1_v02.geojson (the 14 governorates),
# simplifies each ring with Douglas-Peucker to a tolerance of 100 m, rounds coordinates to five
# decimals (about 1 m) and writes one GeoJSON FeatureCollection with only what the map draws:
# each feature's level (0 or 1), P-code and English and Arabic names. Stdlib only; the output
# is committed and embedded in the GResource, so the app needs neither the source nor a network.

import json
import math
import os
import sys

TOLERANCE_M = 100.0
DECIMALS = 5
EARTH_RADIUS_M = 6371000.0


def to_metres(ring, lat0):
    """Local equirectangular projection, good to well under 1% over a governorate"""
    kx = math.radians(1) * EARTH_RADIUS_M * math.cos(math.radians(lat0))
    ky = math.radians(1) * EARTH_RADIUS_M
    return [(x * kx, y * ky) for x, y in ring]


def segment_distance(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(points, tolerance):
    """Indices of the points kept, first and last always; iterative, for rings of 10,000 points"""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = segment_distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [i for i, k in enumerate(keep) if k]


def simplify_ring(ring):
    lat0 = sum(y for _, y in ring) / len(ring)
    metres = to_metres(ring, lat0)
    # A closed ring: split it at the point farthest from the first, so that neither half is a
    # segment of zero length
    far = max(range(len(metres)), key=lambda i: math.hypot(metres[i][0] - metres[0][0],
                                                           metres[i][1] - metres[0][1]))
    first = douglas_peucker(metres[:far + 1], TOLERANCE_M)
    second = douglas_peucker(metres[far:], TOLERANCE_M)
    kept = first + [far + i for i in second[1:]]
    out = []
    for i in kept:
        point = [round(ring[i][0], DECIMALS), round(ring[i][1], DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def simplify_geometry(geometry):
    if geometry["type"] == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        sys.exit("unexpected geometry type %s" % geometry["type"])

    out = []
    for polygon in polygons:
        rings = [simplify_ring(ring) for ring in polygon]
        if rings[0] is None:
            continue  # an islet smaller than the tolerance
        out.append([rings[0]] + [r for r in rings[1:] if r is not None])
    return {"type": "MultiPolygon", "coordinates": out}


def features(path, level):
    with open(path, encoding="utf-8") as f:
        source = json.load(f)
    prefix = "adm%d_" % level
    for feature in source["features"]:
        props = feature["properties"]
        yield {
            "type": "Feature",
            "properties": {
                "level": level,
                "pcode": props[prefix + "pcode"],
                "name_en": props[prefix + "name"],
                "name_ar": props[prefix + "name1"],
            },
            "geometry": simplify_geometry(feature["geometry"]),
        }


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__ or "usage: make-context.py OCHA_DIR [OUTPUT]")
    ocha_dir = sys.argv[1]
    output = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        os.path.dirname(__file__), "..", "data", "geodata", "ocha_syr_context.geojson")

    collection = {
        "type": "FeatureCollection",
        "source": "OCHA COD-AB Syria v02 (cod-ab-syr), syr_admin0_v02 and syr_admin1_v02, CC BY-IGO; "
                  "simplified (Douglas-Peucker, 100 m) by build-aux/make-context.py",
        "features": list(features(os.path.join(ocha_dir, "syr_admin0_v02.geojson"), 0)) +
                    sorted(features(os.path.join(ocha_dir, "syr_admin1_v02.geojson"), 1),
                           key=lambda f: f["properties"]["pcode"]),
    }

    with open(output, "w", encoding="utf-8") as f:
        # One feature per line: small diffs, and still compact
        f.write('{"type": "FeatureCollection",\n"source": %s,\n"features": [\n'
                % json.dumps(collection["source"], ensure_ascii=False))
        f.write(",\n".join(json.dumps(feature, ensure_ascii=False, separators=(",", ":"))
                           for feature in collection["features"]))
        f.write("\n]}\n")

    n_points = sum(len(ring) for feature in collection["features"]
                   for polygon in feature["geometry"]["coordinates"] for ring in polygon)
    print("%s: %d features, %d points, %d bytes" % (output, len(collection["features"]), n_points,
                                                    os.path.getsize(output)))


if __name__ == "__main__":
    main()
