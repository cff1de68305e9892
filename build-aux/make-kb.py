#!/usr/bin/env python3
# make-kb.py: build the Aleppo Atlas knowledge base (data/aleppo-2016.json).
#
# Python 3 standard library only.  Reads data/geodata/* and data/kb/* (articles/NNN.txt, facts.py),
# locates every quote in its article to compute start/end offsets (Unicode code points, i.e. Python
# str indices) and each source's prefix and suffix, validates the result against the KB format
# (version 2) and writes it.  Re-running
# gives a byte-identical file.  Exits non-zero on any problem.
#
# Usage:
#   build-aux/make-kb.py                      build and validate data/aleppo-2016.json
#   build-aux/make-kb.py --check              validate only (build in memory, compare with the file)
#   build-aux/make-kb.py --counts             also print the counts table used in data/kb/SOURCES.md
#   build-aux/make-kb.py --extract-ocha DIR   (re)make the OCHA extracts in data/geodata from the
#                                             OCHA COD-AB directory DIR (…/geodata/ocha_codab)

import argparse
import collections
import csv
import datetime
import hashlib
import importlib.util
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO_DIR = os.path.join(ROOT, "data", "geodata")
KB_DIR = os.path.join(ROOT, "data", "kb")
OUT = os.path.join(ROOT, "data", "aleppo-2016.json")

CSR_FILE = "csr_map_data_Neighborhoods.geojson"
NAMES_FILE = "csr_spatializing-youtube_data_neighborhoods-names.json"
PLACES_CSV = "places.csv"
OCHA_NBH_FILE = "ocha_syr_neighborhoods_v02_aleppo.geojson"
OCHA_ADM0_FILE = "ocha_syr_admin0_v02.geojson"
OCHA_ADM1_FILE = "ocha_syr_admin1_v02_idleb.geojson"

OCHA_ALEPPO_PCODES = ("N0119", "N0227")   # inclusive range of Aleppo neighbourhood P-codes
OCHA_ADM1_KEEP = {"SY07"}                 # Idleb governorate

SCHEMA = os.path.join(ROOT, "data", "aleppo-atlas-kb.schema.json")

# The closed vocabularies of the format, from the enums of the KB's JSON Schema.  They are written
# once, in src/core/atlas-vocabulary.c; test-schema checks the schema's enums against that, so
# reading them from the schema keeps this script from holding a copy that could drift.
with open(SCHEMA, encoding="utf-8") as _f:
    _DEFS = json.load(_f)["$defs"]


def schema_enum(definition, prop):
    return frozenset(_DEFS[definition]["properties"][prop]["enum"])


PLACE_KINDS = schema_enum("place", "kind")
PRECISIONS = schema_enum("place", "precision")
EVENT_TYPES = frozenset(_DEFS["builtin_event_type"]["enum"])
DATE_PRECISIONS = schema_enum("event", "date_precision")
STATUSES = schema_enum("event", "status")
WHO = schema_enum("casualty", "who")
VERIFICATIONS = frozenset(_DEFS["verification"]["enum"])

# Format 2: the context a source keeps on each side, in code points (src/core/atlas-anchor.h)
CONTEXT = 32
# The vague words with a documented reading (src/core/atlas-count-words.c, data/kb-format.md)
READ_WORDS = {"a dozen", "dozens", "scores", "hundreds", "thousands", "several", "a few"}

CSV_KIND = {"neighbourhood": "neighbourhood", "landmark": "landmark", "industrial_area": "district",
            "airport": "facility", "hospital": "facility", "town": "town", "city": "city"}

ID_RE = re.compile(r"^[acep]-[a-z0-9]+(?:-[a-z0-9]+)*$")


class KbError(Exception):
    pass


def die(msg):
    raise KbError(msg)


# ----------------------------------------------------------------------------------------------
# Small helpers

def slug(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’‘'ʼ`]", "", text).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def uniq(items, exclude=()):
    seen = set(x for x in exclude if x)
    out = []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def clean_name(name):
    """Collapse a source name to one line (OCHA's Ad-Dallain repeats itself over three lines)."""
    if not name:
        return None
    lines = uniq(line.strip() for line in name.splitlines())
    return " ".join(lines) or None


def norm_ar(name):
    name = re.sub(r"[\u064b-\u0652\u0640\s/]", "", name or "")
    name = re.sub("[أإآ]", "ا", name).replace("ة", "ه").replace("ى", "ي")
    return name


def norm_en(name):
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"[’‘'ʼ`]", "", name)
    name = re.sub(r"\b(al|el|as|ash|ad|an|aj|az|at|ar)-", "", name)
    return re.sub(r"[^a-z0-9]", "", name)


def r6(x):
    return round(float(x), 6)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def as_multi(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    die("unsupported geometry type %s" % geom["type"])


# ----------------------------------------------------------------------------------------------
# Geometry (planar lon/lat: fine at city scale, used for centroids and overlap estimates only)

def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2.0
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a, cx / (6.0 * a), cy / (6.0 * a)


def multi_area_centroid(multi):
    total = sx = sy = 0.0
    for poly in multi:
        for i, ring in enumerate(poly):
            a, cx, cy = ring_area_centroid(ring)
            a = abs(a) if i == 0 else -abs(a)
            total += a
            sx += a * cx
            sy += a * cy
    if total <= 0:
        die("degenerate polygon")
    return total, sx / total, sy / total


def point_in_multi(x, y, multi):
    inside = False
    for poly in multi:
        for ring in poly:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                    inside = not inside
    return inside


def bbox(multi):
    xs = [p[0] for poly in multi for ring in poly for p in ring]
    ys = [p[1] for poly in multi for ring in poly for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def sample_points(multi, box):
    """Deterministic grid of points inside the polygon (at least ~30 where possible)."""
    x0, y0, x1, y1 = box
    for n in (16, 48, 128):
        pts = []
        for i in range(n):
            for j in range(n):
                x = x0 + (i + 0.5) * (x1 - x0) / n
                y = y0 + (j + 0.5) * (y1 - y0) / n
                if point_in_multi(x, y, multi):
                    pts.append((x, y))
        if len(pts) >= 30:
            return pts
    return pts


def clean_geometry(multi):
    """Round to 6 decimals, drop repeated positions, keep rings closed; Polygon if one part."""
    out = []
    for poly in multi:
        rings = []
        for ring in poly:
            pts = []
            for p in ring:
                q = [r6(p[0]), r6(p[1])]
                if not pts or pts[-1] != q:
                    pts.append(q)
            if pts[0] != pts[-1]:
                pts.append(list(pts[0]))
            if len(pts) < 4:
                die("ring collapses to fewer than 4 positions after rounding")
            rings.append(pts)
        out.append(rings)
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}


# ----------------------------------------------------------------------------------------------
# OCHA extracts (run once with --extract-ocha; the outputs are committed)

def extract_feature_lines(src, dst, keep):
    """Copy a one-feature-per-line GeoJSON file, keeping the header, the footer and the chosen feature
    lines byte for byte (only the separating commas are rewritten)."""
    with open(src, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith('{ "type": "Feature"'))
    last = max(i for i, line in enumerate(lines) if line.startswith('{ "type": "Feature"'))
    header, body, footer = lines[:first], lines[first:last + 1], lines[last + 1:]
    kept = []
    for line in body:
        feature_text = line[:-1] if line.endswith(",") else line
        feature = json.loads(feature_text)
        if keep(feature["properties"]):
            kept.append(feature_text)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(header + [",\n".join(kept)] + footer))
    json.loads(open(dst, encoding="utf-8").read())   # still valid JSON
    return len(kept)


def extract_ocha(ocha_dir):
    lo, hi = OCHA_ALEPPO_PCODES
    n = extract_feature_lines(os.path.join(ocha_dir, "syr_neighborhoods_v02.geojson"),
                              os.path.join(GEO_DIR, OCHA_NBH_FILE),
                              lambda p: lo <= p["neighborhoodpcode"] <= hi)
    m = extract_feature_lines(os.path.join(ocha_dir, "syr_admin1_v02.geojson"),
                              os.path.join(GEO_DIR, OCHA_ADM1_FILE),
                              lambda p: p["adm1_pcode"] in OCHA_ADM1_KEEP)
    with open(os.path.join(ocha_dir, "syr_admin0_v02.geojson"), "rb") as f:
        data = f.read()
    with open(os.path.join(GEO_DIR, OCHA_ADM0_FILE), "wb") as f:
        f.write(data)
    print("OCHA extracts: %d Aleppo neighbourhoods, %d governorate(s), admin0 copied" % (n, m))


# ----------------------------------------------------------------------------------------------
# Inputs

def load_facts():
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("kb_facts", os.path.join(KB_DIR, "facts.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_places_csv():
    with open(os.path.join(GEO_DIR, PLACES_CSV), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_ocha_admin():
    out = {}
    for fn in (OCHA_ADM0_FILE, OCHA_ADM1_FILE):
        for feat in load_json(os.path.join(GEO_DIR, fn))["features"]:
            p = feat["properties"]
            code = p.get("adm1_pcode") or p.get("adm0_pcode")
            out[code] = (p, fn)
    return out


# ----------------------------------------------------------------------------------------------
# Places

def csr_groups(csr, facts):
    by_id = collections.OrderedDict()
    for feat in sorted(csr["features"], key=lambda f: f["properties"]["Id"]):
        by_id.setdefault(feat["properties"]["Id"], []).append(feat)
    groups = []
    for uid, feats in by_id.items():
        if uid in facts.CSR_SPLIT_BY_NAME:
            by_name = collections.OrderedDict()
            for feat in feats:
                by_name.setdefault(feat["properties"]["NAME"], []).append(feat)
            groups.extend((uid, fs, True) for fs in by_name.values())
        else:
            groups.append((uid, feats, False))
    return groups


def match_ocha(multi, area, ocha_units):
    """The OCHA unit where most of this polygon lies, with the overlap both ways; the caller accepts it
    when most of the OCHA unit also lies in this polygon, or when the names agree."""
    pts = sample_points(multi, bbox(multi))
    if not pts:
        return None, 0.0, 0.0
    counts = collections.Counter()
    for x, y in pts:
        for unit in ocha_units:
            bx0, by0, bx1, by1 = unit["bbox"]
            if bx0 <= x <= bx1 and by0 <= y <= by1 and point_in_multi(x, y, unit["multi"]):
                counts[unit["pcode"]] += 1
                break
    if not counts:
        return None, 0.0, 0.0
    pcode, n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    unit = next(u for u in ocha_units if u["pcode"] == pcode)
    frac_here = n / len(pts)
    frac_there = min(1.0, frac_here * area / unit["area"])
    return unit, frac_here, frac_there


def build_csr_places(facts, rows, ocha_units):
    csr = load_json(os.path.join(GEO_DIR, CSR_FILE))
    names = load_json(os.path.join(GEO_DIR, NAMES_FILE))
    alt = collections.defaultdict(list)
    for entry in names.values():
        alt[entry["original_name"]] += entry["alternative_english"] + entry["alternative_arabic"]

    rows_by_id = collections.defaultdict(list)
    for row in rows:
        m = re.search(r"\bId[= ](\d+)\b", row["notes"])
        if m:
            rows_by_id[int(m.group(1))].append(row)

    places, report = [], []
    for uid, feats, split in csr_groups(csr, facts):
        feat_names = uniq(f["properties"]["NAME"] for f in feats)
        if uid in facts.CSR_MERGED_NAMES:
            name = facts.CSR_MERGED_NAMES[uid]
        else:
            base = min(feat_names, key=len)
            if any(not n.startswith(base) for n in feat_names):
                die("CSR Id %d has differently named parts %r: add it to CSR_MERGED_NAMES or "
                    "CSR_SPLIT_BY_NAME in facts.py" % (uid, feat_names))
            name = base
        name_ar = next((f["properties"]["NAME_A"] for f in feats if f["properties"]["NAME_A"]), None)

        multi = [poly for f in feats for poly in f["geometry"]["coordinates"]]
        area, cx, cy = multi_area_centroid(multi)
        unit, frac_here, frac_there = match_ocha(multi, area, ocha_units)
        ocha = None
        if unit and frac_here >= 0.5:
            ar_csr, ar_ocha = norm_ar(name_ar), norm_ar(unit["name_ar"])
            ar_match = bool(ar_csr and ar_ocha) and (ar_csr in ar_ocha or ar_ocha in ar_csr)
            en_match = norm_en(name) == norm_en(unit["name_en"])
            if frac_there >= 0.5 or ar_match or en_match:
                ocha = unit
        report.append((uid, name, ocha["pcode"] if ocha else "-", round(frac_here, 2), round(frac_there, 2)))

        notes = []
        # the point
        id_rows = rows_by_id.get(uid, [])
        if split:
            id_rows = []
        if id_rows:
            coords = {(r["lat"], r["lon"]) for r in id_rows}
            if len(coords) != 1:
                die("places.csv gives CSR Id %d more than one point" % uid)
            row = id_rows[0]
            lat, lon = r6(row["lat"]), r6(row["lon"])
            if "Neighborhoods_centroids" in row["source"]:
                precision = "centroid"
                point_src = "CSR centroid (spatializing-youtube Neighborhoods_centroids.geojson xcoord/ycoord, " \
                            "via places.csv)"
            elif row["precision"] == "point":
                precision = "exact"
                point_src = "CSR heritage point (%s, via places.csv)" % row["source"].split(" (")[0]
            else:
                die("unexpected point source for CSR Id %d" % uid)
        else:
            lat, lon = r6(cy), r6(cx)
            precision = "centroid"
            point_src = "centroid of this polygon, computed by make-kb.py"
            if split:
                notes.append("CSR gives one Id (%d) and one centroid to two different units (%s); they are "
                             "kept apart and each point is computed from its own polygon."
                             % (uid, " and ".join(sorted({f["properties"]["NAME"]
                                                           for f in csr["features"]
                                                           if f["properties"]["Id"] == uid}))))
        if not point_in_multi(lon, lat, multi):
            notes.append("The point lies outside the polygon (a concave or multi-part unit).")

        # kind
        by_name_rows = [r for r in rows if r["name_en"] == name] or rows_by_id.get(uid, [])
        csv_kind = by_name_rows[0]["kind"] if by_name_rows else "neighbourhood"
        kind = facts.CSR_KIND_OVERRIDES.get(uid, CSV_KIND.get(csv_kind))
        if kind is None:
            die("no KB kind for places.csv kind %r" % csv_kind)

        aliases = [n for n in feat_names if n != name]
        for n in feat_names:
            aliases += alt.get(n, [])
        if ocha:
            aliases += [ocha["name_en"], ocha["name_ar"]]
        aliases += facts.CSR_EXTRA_ALIASES.get(uid, [])
        if not name_ar and ocha:
            name_ar = ocha["name_ar"]
            notes.append("Arabic name from OCHA %s (CSR has none)." % ocha["pcode"])
        aliases = uniq(aliases, exclude=(name, name_ar))

        source = "Polygon: CSR/UN-Habitat 2014 neighbourhood map (%s, Id %d%s); point: %s; names: CSR, " \
                 "neighborhoods-names.json" % (CSR_FILE, uid,
                                                 ", parts " + " + ".join(repr(n) for n in feat_names)
                                                 if len(feats) > 1 else "", point_src)
        if ocha:
            source += ", OCHA COD-AB %s %r" % (ocha["pcode"], ocha["name_en"])
        if uid in facts.CSR_EXTRA_NOTES:
            notes.append(facts.CSR_EXTRA_NOTES[uid])

        place = {"id": "p-" + slug(name), "name": name}
        if name_ar:
            place["name_ar"] = name_ar
        place["aliases"] = aliases
        place["kind"] = kind
        place["lat"], place["lon"] = lat, lon
        place["precision"] = precision
        place["geometry"] = clean_geometry(multi)
        place["source"] = source
        if notes:
            place["note"] = " ".join(notes)
        places.append(place)
    return places, report


def ocha_units_from_extract():
    units = []
    for feat in load_json(os.path.join(GEO_DIR, OCHA_NBH_FILE))["features"]:
        p = feat["properties"]
        multi = as_multi(feat["geometry"])
        area, _, _ = multi_area_centroid(multi)
        units.append({"pcode": p["neighborhoodpcode"], "name_en": clean_name(p["neighborhoodname_en"]),
                      "name_ar": clean_name(p["neighborhoodname_ar"]), "multi": multi, "bbox": bbox(multi),
                      "area": area})
    lo, hi = OCHA_ALEPPO_PCODES
    if not units or any(not lo <= u["pcode"] <= hi for u in units):
        die("%s is not an Aleppo-only extract" % OCHA_NBH_FILE)
    return units


def build_curated_places(facts, rows, admin):
    places = []
    for spec in facts.PLACES:
        place = {"id": spec["id"], "name": spec["name"]}
        if spec.get("name_ar"):
            place["name_ar"] = spec["name_ar"]
        place["aliases"] = uniq(spec.get("aliases", []), exclude=(spec["name"], spec.get("name_ar")))
        place["kind"] = spec["kind"]
        loc = spec["loc"]
        if loc is None:
            # No location, so no "where the location comes from": the note says why
            place["precision"] = "unknown"
        elif "csv" in loc:
            matches = [r for r in rows if r["name_en"] == loc["csv"]]
            if len(matches) != 1:
                die("places.csv has %d rows named %r" % (len(matches), loc["csv"]))
            row = matches[0]
            if not row["lat"] or not row["lon"]:
                die("places.csv row %r has no coordinates; use loc None" % loc["csv"])
            place["lat"], place["lon"] = r6(row["lat"]), r6(row["lon"])
            if row["precision"] == "point":
                place["precision"] = "exact" if spec["kind"] in ("facility", "landmark") else "approximate"
            elif row["precision"] in ("centroid", "approximate"):
                place["precision"] = row["precision"]
            else:
                die("places.csv row %r: unknown precision %r" % (loc["csv"], row["precision"]))
            place["source"] = "places.csv (%r): %s" % (row["name_en"], row["source"])
        elif "ocha_admin" in loc:
            props, fn = admin[loc["ocha_admin"]]
            place["lat"], place["lon"] = r6(props["center_lat"]), r6(props["center_lon"])
            place["precision"] = "approximate"
            place["source"] = "OCHA COD-AB v02 %s %s: center_lat/center_lon of the feature (%s)" % (
                loc["ocha_admin"], props.get("adm1_name") or props.get("adm0_name"), fn)
        else:
            die("place %s: bad loc" % spec["id"])
        if spec.get("note"):
            place["note"] = spec["note"]
        places.append(place)
    return places


# ----------------------------------------------------------------------------------------------
# Articles, spans, events, casualties

def build_articles(facts):
    out = []
    for spec in facts.ARTICLES:
        with open(os.path.join(KB_DIR, "articles", spec["file"]), encoding="utf-8", newline="") as f:
            text = f.read().rstrip()
        title = spec["title"] or text.split("\n", 1)[0].strip()
        art = {"id": spec["id"], "title": title, "outlet": spec["outlet"], "published": spec["published"]}
        if spec.get("url"):
            art["url"] = spec["url"]
        art["text"] = text
        art["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        out.append(art)
    return out


def locate(texts, src, where):
    art = src["article"]
    if art not in texts:
        die("%s: unknown article %r" % (where, art))
    text, quote = texts[art], src["quote"]
    if not quote:
        die("%s: empty quote" % where)
    hits, i = [], text.find(quote)
    while i >= 0:
        hits.append(i)
        i = text.find(quote, i + 1)
    if not hits:
        die("%s: quote not found in %s: %r" % (where, art, quote))
    if "occurrence" in src:
        k = src["occurrence"]
        if not 0 <= k < len(hits):
            die("%s: occurrence %d of %d in %s" % (where, k, len(hits), art))
        start = hits[k]
    elif len(hits) > 1:
        die("%s: quote occurs %d times in %s (give an occurrence): %r" % (where, len(hits), art, quote))
    else:
        start = hits[0]
    end = start + len(quote)
    return {"article": art, "start": start, "end": end, "quote": quote,
            "prefix": text[max(0, start - CONTEXT):start], "suffix": text[end:end + CONTEXT]}


def build_events(facts, texts):
    out = []
    for spec in facts.EVENTS:
        ev = {"id": spec["id"], "date": spec["date"]}
        if spec.get("end_date"):
            ev["end_date"] = spec["end_date"]
        ev["date_precision"] = spec["date_precision"]
        ev["status"] = spec.get("status", "reported")
        for key in ("type", "title", "summary"):
            if key in spec:
                ev[key] = spec[key]
        ev["places"] = list(spec["places"])
        ev["actors"] = list(spec.get("actors", []))
        ev["sources"] = [locate(texts, s, spec["id"]) for s in spec["sources"]]
        if spec.get("note"):
            ev["note"] = spec["note"]
        out.append(ev)
    out.sort(key=lambda e: (e["date"], e.get("end_date", e["date"]), e["id"]))
    return out


def build_casualties(facts, texts, events):
    order = {e["id"]: i for i, e in enumerate(events)}
    out = []
    for spec in facts.CASUALTIES:
        c = {"id": spec["id"], "event": spec["event"], "places": list(spec.get("places", []))}
        for key in ("killed", "injured"):
            if key in spec:
                c[key] = dict(spec[key])
        c["who"] = spec["who"]
        if spec.get("qualifier"):
            c["qualifier"] = spec["qualifier"]
        c["reported_by"] = spec["reported_by"]
        if spec.get("period"):
            c["period"] = dict(spec["period"])
        if spec.get("verification", "unverified") != "unverified":
            c["verification"] = spec["verification"]
        c["source"] = locate(texts, spec["source"], spec["id"])
        if spec.get("note"):
            c["note"] = spec["note"]
        out.append(c)
    out.sort(key=lambda c: (order.get(c["event"], -1), c["id"]))
    # Overlaps are symmetric: given on either side in facts.py, written on both, in KB order
    position = {c["id"]: i for i, c in enumerate(out)}
    pairs = collections.defaultdict(set)
    for spec in facts.CASUALTIES:
        for other in spec.get("overlaps", []):
            if other not in position or other == spec["id"]:
                die("%s: overlaps %r: expected the id of another casualty figure" % (spec["id"], other))
            pairs[spec["id"]].add(other)
            pairs[other].add(spec["id"])
    for c in out:
        if pairs[c["id"]]:
            c["overlaps"] = sorted(pairs[c["id"]], key=position.get)
    # The member order of data/kb-format.md's table
    keys = ("id", "event", "places", "killed", "injured", "who", "qualifier", "reported_by", "period",
            "overlaps", "verification", "source", "note")
    return [{k: c[k] for k in keys if k in c} for c in out]


# ----------------------------------------------------------------------------------------------
# Validation (the KB format, version 1, plus this project's conventions)

def validate(kb):
    errs = []

    def err(msg):
        errs.append(msg)

    def is_date(s):
        try:
            return isinstance(s, str) and len(s) == 10 and bool(datetime.date.fromisoformat(s))
        except ValueError:
            return False

    def need(obj, keys, where):
        for k in keys:
            if k not in obj or obj[k] is None or obj[k] == "":
                err("%s: missing %s" % (where, k))

    need(kb, ("format", "version", "title", "articles", "places", "events", "casualties"), "kb")
    if kb.get("format") != "aleppo-atlas-kb" or kb.get("version") != 2:
        err("kb: wrong format/version")

    ids = collections.Counter()
    texts = {}
    for a in kb["articles"]:
        need(a, ("id", "title", "outlet", "published", "text"), a.get("id", "article"))
        ids[a["id"]] += 1
        if not a["id"].startswith("a-"):
            err("%s: article id prefix" % a["id"])
        if not is_date(a["published"]):
            err("%s: bad published date" % a["id"])
        if a["text"] != a["text"].rstrip():
            err("%s: trailing whitespace in text" % a["id"])
        if a.get("sha256") != hashlib.sha256(a["text"].encode("utf-8")).hexdigest():
            err("%s: sha256 is not the hash of the text" % a["id"])
        texts[a["id"]] = a["text"]
    published = {a["id"]: a["published"] for a in kb["articles"]}

    def check_pos(pos, where):
        if (not isinstance(pos, list) or len(pos) != 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pos)):
            err("%s: bad position %r" % (where, pos))
            return
        if not (-180 <= pos[0] <= 180 and -90 <= pos[1] <= 90):
            err("%s: position out of range %r" % (where, pos))

    def check_polygon(rings, where):
        if not rings:
            err("%s: empty polygon" % where)
        for ring in rings:
            if len(ring) < 4:
                err("%s: ring with %d positions" % (where, len(ring)))
            elif ring[0] != ring[-1]:
                err("%s: ring not closed" % where)
            for pos in ring:
                check_pos(pos, where)

    place_ids = set()
    for p in kb["places"]:
        where = p.get("id", "place")
        need(p, ("id", "name", "kind", "precision"), where)
        ids[p["id"]] += 1
        place_ids.add(p["id"])
        if not p["id"].startswith("p-"):
            err("%s: place id prefix" % where)
        if p["kind"] not in PLACE_KINDS:
            err("%s: kind %r" % (where, p["kind"]))
        if p["precision"] not in PRECISIONS:
            err("%s: precision %r" % (where, p["precision"]))
        has_point = "lat" in p or "lon" in p
        if p["precision"] == "unknown":
            if has_point:
                err("%s: unknown precision with lat/lon" % where)
        else:
            if not ("lat" in p and "lon" in p):
                err("%s: %s precision without lat/lon" % (where, p["precision"]))
            elif not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
                err("%s: lat/lon out of range" % where)
        if p["precision"] == "approximate" and not p.get("note"):
            err("%s: approximate without a note" % where)
        if p["precision"] != "unknown" and not p.get("source"):
            err("%s: no source for its location" % where)
        if p["precision"] == "unknown" and not p.get("note"):
            err("%s: unknown location without a note saying why" % where)
        if not isinstance(p.get("aliases", []), list):
            err("%s: aliases not a list" % where)
        g = p.get("geometry")
        if g is not None:
            if g.get("type") == "Polygon":
                check_polygon(g["coordinates"], where)
            elif g.get("type") == "MultiPolygon":
                if not g["coordinates"]:
                    err("%s: empty MultiPolygon" % where)
                for poly in g["coordinates"]:
                    check_polygon(poly, where)
            else:
                err("%s: geometry type %r" % (where, g.get("type")))

    def check_source(s, where, ev_date=None, status="reported"):
        need(s, ("article", "start", "end", "quote"), where)
        t = texts.get(s["article"])
        if t is None:
            err("%s: unknown article %r" % (where, s["article"]))
            return
        if not (isinstance(s["start"], int) and isinstance(s["end"], int)
                and 0 <= s["start"] < s["end"] <= len(t)):
            err("%s: offsets out of range" % where)
        elif t[s["start"]:s["end"]] != s["quote"]:
            err("%s: quote does not match text[start:end]" % where)
        elif (s.get("prefix") != t[max(0, s["start"] - CONTEXT):s["start"]] or
              s.get("suffix") != t[s["end"]:s["end"] + CONTEXT]):
            err("%s: prefix or suffix does not match the text" % where)
        if ev_date and status == "reported" and ev_date > published[s["article"]]:
            err("%s: reported event dated after its article %s" % (where, s["article"]))
        if ev_date and status == "planned" and ev_date <= published[s["article"]]:
            err("%s: planned event not after its article %s" % (where, s["article"]))

    event_ids = set()
    for e in kb["events"]:
        where = e.get("id", "event")
        need(e, ("id", "date", "date_precision", "type", "title", "places", "sources"), where)
        ids[e["id"]] += 1
        event_ids.add(e["id"])
        if not e["id"].startswith("e-"):
            err("%s: event id prefix" % where)
        if not is_date(e["date"]):
            err("%s: bad date" % where)
        if "end_date" in e and (not is_date(e["end_date"]) or e["end_date"] < e["date"]):
            err("%s: bad end_date" % where)
        if e["date_precision"] not in DATE_PRECISIONS:
            err("%s: date_precision %r" % (where, e["date_precision"]))
        if e["date_precision"] == "days" and "end_date" not in e:
            err("%s: days precision without end_date" % where)
        if e["date_precision"] == "day" and "end_date" in e:
            err("%s: day precision with end_date" % where)
        if e.get("status", "reported") not in STATUSES:
            err("%s: status %r" % (where, e.get("status")))
        if e["type"] not in EVENT_TYPES:
            err("%s: type %r" % (where, e["type"]))
        if not e["sources"]:
            err("%s: no sources" % where)
        if e["id"][2:12] != e["date"]:
            err("%s: id does not start with its date" % where)
        for pid in e["places"]:
            if pid not in place_ids:
                err("%s: unknown place %r" % (where, pid))
        if len(set(e["places"])) != len(e["places"]):
            err("%s: repeated place" % where)
        for s in e["sources"]:
            check_source(s, where, e["date"], e.get("status", "reported"))

    for c in kb["casualties"]:
        where = c.get("id", "casualty")
        need(c, ("id", "event", "who", "reported_by", "source"), where)
        ids[c["id"]] += 1
        if not c["id"].startswith("c-"):
            err("%s: casualty id prefix" % where)
        if c["event"] not in event_ids:
            err("%s: unknown event %r" % (where, c["event"]))
        for pid in c.get("places", []):
            if pid not in place_ids:
                err("%s: unknown place %r" % (where, pid))
        if c["who"] not in WHO:
            err("%s: who %r" % (where, c["who"]))
        for key in ("killed", "injured"):
            if key in c:
                n = c[key]
                if "words" in n and "min" not in n:
                    if n["words"] not in READ_WORDS:
                        err("%s: %s.words %r has no documented reading; give min" % (where, key, n["words"]))
                elif "min" not in n or not isinstance(n["min"], int) or n["min"] < 0:
                    err("%s: %s.min" % (where, key))
                elif "max" in n and (not isinstance(n["max"], int) or n["max"] < n["min"]):
                    err("%s: %s.max" % (where, key))
        if "killed" not in c and "injured" not in c and not c.get("qualifier"):
            err("%s: a figure with no number needs a qualifier" % where)
        if "period" in c:
            pr = c["period"]
            if not (is_date(pr.get("start")) and is_date(pr.get("end")) and pr["start"] <= pr["end"]):
                err("%s: bad period" % where)
        if c.get("verification", "unverified") not in VERIFICATIONS:
            err("%s: verification %r" % (where, c.get("verification")))
        for other in c.get("overlaps", []):
            o = next((x for x in kb["casualties"] if x["id"] == other), None)
            if o is None or other == c["id"]:
                err("%s: overlaps %r" % (where, other))
            elif c["id"] not in o.get("overlaps", []):
                err("%s: overlaps %r on one side only" % (where, other))
        check_source(c["source"], where)

    for i, n in ids.items():
        if n > 1:
            err("duplicate id %s" % i)
        if not ID_RE.match(i):
            err("id not lowercase kebab-case: %r" % i)
    return errs


# ----------------------------------------------------------------------------------------------
# Output

def dump(kb):
    """indent=1 for the structure, each geometry on one compact line."""
    geoms = []
    places = []
    for p in kb["places"]:
        if "geometry" in p:
            p = dict(p)
            geoms.append(json.dumps(p["geometry"], ensure_ascii=False, separators=(",", ":")))
            p["geometry"] = "@@GEOMETRY-%d@@" % (len(geoms) - 1)
        places.append(p)
    text = json.dumps(dict(kb, places=places), ensure_ascii=False, indent=1)
    text = re.sub(r'"@@GEOMETRY-(\d+)@@"', lambda m: geoms[int(m.group(1))], text)
    return text + "\n"


def counts_table(kb):
    lines = ["| what | count |", "|---|---|", "| articles | %d |" % len(kb["articles"])]
    lines.append("| places | %d |" % len(kb["places"]))
    for (kind, prec), n in sorted(collections.Counter((p["kind"], p["precision"])
                                                        for p in kb["places"]).items()):
        lines.append("| places: %s, %s | %d |" % (kind, prec, n))
    lines.append("| places with a polygon | %d |" % sum(1 for p in kb["places"] if "geometry" in p))
    lines.append("| events | %d |" % len(kb["events"]))
    for (typ, st), n in sorted(collections.Counter((e["type"], e["status"]) for e in kb["events"]).items()):
        lines.append("| events: %s, %s | %d |" % (typ, st, n))
    lines.append("| event sources (quotes) | %d |" % sum(len(e["sources"]) for e in kb["events"]))
    lines.append("| casualty figures | %d |" % len(kb["casualties"]))
    lines.append("")
    lines.append("| casualty id | event | killed | who | qualifier | reported by |")
    lines.append("|---|---|---|---|---|---|")
    for c in kb["casualties"]:
        k = c.get("killed")
        if k is None:
            ks = "no number"
        elif "words" in k:
            ks = "“%s”" % k["words"]
        elif "max" not in k:
            ks = "%d or more" % k["min"]
        elif k["min"] == k["max"]:
            ks = str(k["min"])
        else:
            ks = "%d–%d" % (k["min"], k["max"])
        lines.append("| %s | %s | %s | %s | %s | %s |" % (c["id"], c["event"], ks, c["who"],
                                                          c.get("qualifier", ""), c["reported_by"]))
    return "\n".join(lines)


def build(verbose=False):
    facts = load_facts()
    rows = load_places_csv()
    ocha_units = ocha_units_from_extract()
    csr_places, report = build_csr_places(facts, rows, ocha_units)
    curated = build_curated_places(facts, rows, load_ocha_admin())
    if verbose:
        for line in report:
            print("CSR Id %3d %-40s OCHA %-6s here %.2f there %.2f" % line)
    articles = build_articles(facts)
    texts = {a["id"]: a["text"] for a in articles}
    events = build_events(facts, texts)
    casualties = build_casualties(facts, texts, events)
    return {
        "format": "aleppo-atlas-kb",
        "version": 2,
        "title": facts.TITLE,
        "region": facts.REGION,
        "articles": articles,
        "places": curated + csr_places,
        "events": events,
        "casualties": casualties,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="validate and compare with the committed file")
    ap.add_argument("--counts", action="store_true", help="print the counts table")
    ap.add_argument("--verbose", action="store_true", help="print the CSR-OCHA matching")
    ap.add_argument("--extract-ocha", metavar="DIR", help="remake the OCHA extracts from DIR")
    args = ap.parse_args()
    try:
        if args.extract_ocha:
            extract_ocha(args.extract_ocha)
        kb = build(args.verbose)
        errs = validate(kb)
        # the file as written must validate too (catches serialisation problems)
        text = dump(kb)
        errs += validate(json.loads(text))
        if errs:
            for e in errs:
                print("make-kb: " + e, file=sys.stderr)
            return 1
        if args.check:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    print("make-kb: %s is out of date; run build-aux/make-kb.py" % OUT, file=sys.stderr)
                    return 1
        else:
            with open(OUT, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        if args.counts:
            print(counts_table(kb))
        print("make-kb: %s: %d articles, %d places, %d events, %d casualty figures" % (
            os.path.relpath(OUT, ROOT), len(kb["articles"]), len(kb["places"]), len(kb["events"]),
            len(kb["casualties"])))
        return 0
    except KbError as e:
        print("make-kb: error: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
