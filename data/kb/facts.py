# Hand-curated facts for the Aleppo Atlas knowledge base (data/aleppo-2016.json).
#
# Read by build-aux/make-kb.py, which locates every quote in its article text and computes the
# start/end offsets (Unicode code points).  A quote must occur exactly once in its article, or carry
# "occurrence": N (0-based) to say which occurrence is meant.  Quotes are copied character for
# character from data/kb/articles/NNN.txt, including curly quotes and no-break spaces (\xa0).
#
# How dates, outlets and places were established: data/kb/SOURCES.md.

TITLE = "Aleppo 2016: five news reports"

REGION = {"name": "Aleppo", "center": {"lat": 36.2, "lon": 37.16}, "zoom": 13}

A000 = "a-unidentified-2016-09-23"
A001 = "a-huffpost-2016-02-04"
A002 = "a-daily-sabah-2016-09-22"
A003 = "a-new-arab-2016-10-14"
A004 = "a-new-arab-2016-10-02"

# ---------------------------------------------------------------------------------------------
# Articles.  "title": None means "take the article's first line".
ARTICLES = [
    {
        "id": A000,
        "file": "000.txt",
        # The copy has no headline: a descriptive title in square brackets (supplied, not the outlet's).
        "title": "[Syrian government and Russia launch new offensive on Aleppo]",
        "outlet": "Unidentified outlet (NYT-style wire copy)",
        "published": "2016-09-23",
    },
    {
        "id": A001,
        "file": "001.txt",
        "title": None,
        "outlet": "HuffPost (Reuters copy)",
        "published": "2016-02-04",
    },
    {
        "id": A002,
        "file": "002.txt",
        "title": None,
        "outlet": "Daily Sabah",
        "published": "2016-09-22",
        "url": "https://www.dailysabah.com/syrian-crisis/2016/09/22/fighting-in-aleppo-further-buries-hopes-for-syria-truce/amp",
    },
    {
        "id": A003,
        "file": "003.txt",
        "title": None,
        "outlet": "The New Arab",
        "published": "2016-10-14",
        "url": "https://newarab.com/english/news/2016/10/14/regime-forces-advance-into-aleppo-under-intense-airstrike-cover",
    },
    {
        "id": A004,
        "file": "004.txt",
        "title": None,
        "outlet": "The New Arab",
        "published": "2016-10-02",
        "url": "https://english.alaraby.co.uk/news/syrian-regime-advance-aleppo-after-russian-air-raids",
    },
]

# ---------------------------------------------------------------------------------------------
# CSR neighbourhood units: curated additions.  Keys are CSR `Id`s.
#
# Article spellings that name a CSR unit become aliases of that unit (no duplicate places).
CSR_EXTRA_ALIASES = {
    5: ["Aghyol", "أغيول"],                          # OCHA N0155 (partial overlap, see note)
    89: ["Marja"],                                   # 000: "the Marja neighborhood"
    29: ["Sakhur"],                                  # 004: "Sakhur"
    122: ["al-Halaq", "al-Halak", "الهلك"],          # 004: "al-Halaq district" (proxy, see note)
}
CSR_EXTRA_NOTES = {
    5: "OCHA unit N0155 “Aghyol” (أغيول) is the same name in another spelling, but the two layers draw it "
       "differently: about half of this polygon lies in it. Its names are kept as aliases.",
    122: "The articles' “al-Halaq” (al-Halak, الهلك) is attached to this unit as an alias: no unit of that "
         "name exists in the CSR or OCHA layers, and Trab al-Hellok (تراب الهلك) is its namesake unit "
         "(places.csv: “PROXY … adjacent/namesake unit”). The identification is approximate: al-Halaq may "
         "cover more or less than this polygon.",
}
# Features that share one CSR Id but carry different names.  Id 29 (as-Sakhour / as-Sakhour I) and
# Id 33 (Ramouseh I / II) are parts of one unit and are merged; Id 120 holds two different units
# (a park and a neighbourhood) and is split by name.
CSR_MERGED_NAMES = {33: "Ad-Ramouseh Industrial Districts I–II"}
CSR_SPLIT_BY_NAME = {120}
# Kinds: places.csv kind -> KB kind, with a few per-unit corrections.
CSR_KIND_OVERRIDES = {
    17: "facility",    # Aleppo International Airport
    66: "facility",    # Hanano Barrack
    119: "facility",   # The National Hospital
    123: "facility",   # University of Aleppo
}

# ---------------------------------------------------------------------------------------------
# Places named in the articles that are not CSR units.
#
# "loc" says where the point comes from:
#   {"csv": NAME}          places.csv row with name_en == NAME
#   {"ocha_admin": PCODE}  OCHA admin0/admin1 feature (its own center_lat/center_lon)
#   None                   unknown: no lat/lon
PLACES = [
    {
        "id": "p-aleppo", "name": "Aleppo", "name_ar": "حلب", "aliases": ["Halab"],
        "kind": "city", "loc": {"csv": "Aleppo"},
        "note": "Nominal city-centre point (OCHA populated place C1007) for a city many kilometres across: "
                "events placed only “in Aleppo” are not located more precisely than the city.",
    },
    {
        "id": "p-tariq-al-bab", "name": "Tariq al-Bab", "name_ar": "طريق الباب",
        "aliases": ["Tareeq al-Bab"], "kind": "neighbourhood", "loc": {"csv": "Tariq al-Bab (Tareeq al-Bab)"},
        "note": "No polygon of this name exists in the CSR or OCHA layers. The point is the median of the 284 "
                "UNOSAT 2015 damage sites labelled “Tareeq al-Bab” (extent lat 36.2009–36.2121, lon "
                "37.1911–37.2080); those points fall in the al-Helwaniyeh and Karm aj-Jazmati units.",
    },
    {
        "id": "p-al-dakkak-hospital", "name": "al-Dakkak hospital", "aliases": ["Dakkak hospital"],
        "kind": "facility", "loc": None,
        "note": "Location unknown: not found in any of the datasets searched. The unattributed wire report of 23 September says only "
                "that it is "
                "in opposition-held eastern Aleppo.",
    },
    {
        "id": "p-khan-touman", "name": "Khan Touman", "name_ar": "خانطومان", "aliases": ["Khantuman"],
        "kind": "town", "loc": {"csv": "Khan Touman"},
        "note": "Nominal town-centre point (OCHA populated place C1015 “Khantuman”), southwest of Aleppo city.",
    },
    {
        "id": "p-nubl", "name": "Nubl", "name_ar": "نبل", "aliases": ["Nubul", "Nabul"],
        "kind": "town", "loc": {"csv": "Nubl (Nubul)"},
        "note": "Nominal town-centre point (OCHA populated place C1655 “Nabul”; GeoNames 166331 agrees within "
                "0.3 km).",
    },
    {
        "id": "p-al-zahraa", "name": "al-Zahraa", "name_ar": "الزهراء", "aliases": ["Zahraa"],
        "kind": "town", "loc": {"csv": "al-Zahraa (Zahraa, near Nubl)"},
        "note": "Nominal town-centre point (OCHA populated place C1646 “Zahraa”), the town next to Nubl. Not "
                "the Aleppo city neighbourhood az-Zahra’ (also الزهراء), which is a separate place.",
    },
    {
        "id": "p-azaz", "name": "Azaz", "name_ar": "أعزاز", "aliases": ["A'zaz"],
        "kind": "town", "loc": {"csv": "Azaz"},
        "note": "Nominal town-centre point (OCHA populated place C1564). The HuffPost (Reuters) report of 4 February "
                "mentions “Azaz region of "
                "Aleppo” only in a photo caption.",
    },
    {
        "id": "p-qudsaya", "name": "Qudsaya", "name_ar": "قدسيا", "aliases": ["Qudsiya"],
        "kind": "town", "loc": {"csv": "Qudsaya"},
        "note": "Nominal town-centre point (OCHA populated place C2328 “Qudsiya”, Rural Damascus).",
    },
    {
        "id": "p-al-hamah", "name": "al-Hamah", "name_ar": "الهامة", "aliases": ["al-Haamah"],
        "kind": "town", "loc": {"csv": "al-Hamah (near Damascus)"},
        "note": "Nominal town-centre point (OCHA populated place C2323, spelled “Hama” there, Qudsiya "
                "subdistrict, Rural Damascus). Not the city of Hama.",
    },
    {
        "id": "p-damascus", "name": "Damascus", "name_ar": "دمشق", "kind": "city", "loc": {"csv": "Damascus"},
        "note": "Nominal city-centre point (OCHA populated place C1001).",
    },
    {
        "id": "p-hama", "name": "Hama", "name_ar": "حماة", "kind": "city", "loc": {"csv": "Hama"},
        "note": "Nominal city-centre point (OCHA populated place C2987).",
    },
    {
        "id": "p-homs", "name": "Homs", "name_ar": "حمص", "kind": "city", "loc": {"csv": "Homs"},
        "note": "Nominal city-centre point (OCHA populated place C2528). Named in a photo caption of the Daily Sabah "
                "report of 22 September.",
    },
    {
        "id": "p-jouret-al-shiah", "name": "Jouret al-Shiah", "name_ar": "جورة الشياح",
        "aliases": ["Jouret Ash-Shayyah"], "kind": "neighbourhood", "loc": {"csv": "Jouret al-Shiah (Homs)"},
        "note": "A neighbourhood of Homs, not Aleppo (photo caption of the Daily Sabah report of 22 "
                "September). Centroid of OCHA polygon "
                "N0244 “Jouret Ash-Shayyah”; the polygon itself is not shipped.",
    },
    {
        "id": "p-idlib-province", "name": "Idlib province", "name_ar": "إدلب", "aliases": ["Idleb", "Idlib"],
        "kind": "region", "loc": {"ocha_admin": "SY07"},
        "note": "Centre point given by OCHA for the Idleb governorate (about 5,400 km²); the point stands for "
                "the whole province. The boundary is not shipped.",
    },
    {
        "id": "p-northern-hama", "name": "northern Hama", "aliases": ["northern Hama district"],
        "kind": "region", "loc": None,
        "note": "A loosely defined area (the north of Hama governorate, the “northern Hama "
                "district” of the Daily Sabah report of 22 September). No source gives it a boundary or point, so none is invented; the city of Hama "
                "(p-hama) lies at its southern edge.",
    },
    {
        "id": "p-northern-syria", "name": "northern Syria", "kind": "region", "loc": None,
        "note": "A loosely defined area used by the wire report of 23 September and the New "
                "Arab report of 2 October. No source gives it a boundary or point, "
                "so none is invented.",
    },
    {
        "id": "p-syria", "name": "Syria", "name_ar": "الجمهورية العربية السورية", "aliases": ["Syrian Arab Republic"],
        "kind": "country", "loc": {"ocha_admin": "SY"},
        "note": "Centre point given by OCHA for the country (about 188,000 km²); it only stands for events the "
                "articles place “in Syria”.",
    },
    {
        "id": "p-geneva", "name": "Geneva", "aliases": ["Genève"], "kind": "city", "loc": {"csv": "Geneva"},
        "note": "Nominal city-centre point (GeoNames 2660646).",
    },
    {
        "id": "p-lausanne", "name": "Lausanne", "kind": "city", "loc": {"csv": "Lausanne"},
        "note": "Nominal city-centre point (GeoNames 2659994).",
    },
    {
        "id": "p-london", "name": "London", "kind": "city", "loc": {"csv": "London"},
        "note": "Nominal city-centre point (GeoNames 2643743).",
    },
    {
        "id": "p-new-york", "name": "New York", "aliases": ["New York City"], "kind": "city",
        "loc": {"csv": "New York"},
        "note": "Nominal city-centre point (GeoNames 5128581).",
    },
]

# ---------------------------------------------------------------------------------------------
# Events.  Each source: {"article", "quote"[, "occurrence"]}.  Dates are resolved against the
# article's publication date (see SOURCES.md).
EVENTS = [
    # ---- article 001 (Thursday 4 February 2016) ----
    {
        "id": "e-2016-02-01-russian-trainer-killed",
        "date": "2016-02-01", "end_date": "2016-02-04", "date_precision": "days",
        "type": "statement",
        "title": "Moscow confirms a Russian military trainer was killed in Syria",
        "summary": "Moscow confirms that a Russian military trainer was killed in Syria “this week”, and denies "
                   "that Russian servicemen are fighting on the ground.",
        "places": ["p-syria"], "actors": ["Russia"],
        "sources": [
            {"article": A001, "quote": "Moscow confirmed a Russian military trainer was killed in Syria this week, but denied that Russian servicemen were fighting on the ground."},
        ],
        "note": "“This week” in a report of Thursday 4 February 2016: Monday 1 to Thursday 4 February. The "
                "article gives neither the day of the death nor the day of the confirmation, nor where in "
                "Syria it happened.",
    },
    {
        "id": "e-2016-02-03-geneva-talks-suspended",
        "date": "2016-02-03", "date_precision": "day",
        "type": "diplomacy",
        "title": "UN suspends the Geneva peace talks",
        "summary": "The United Nations suspends the Geneva peace talks, the first in two years; envoy Staffan de "
                   "Mistura announces a three-week pause. A UN official tells Reuters the UN did not want to be "
                   "associated with the Russian escalation.",
        "places": ["p-geneva"], "actors": ["United Nations", "Staffan de Mistura"],
        "sources": [
            {"article": A001, "quote": "Peace talks in Geneva aimed at ending the 5-year-long war were put on hold because of the offensive."},
            {"article": A001, "quote": "The United Nations on Wednesday suspended the first peace talks in two years"},
            {"article": A001, "quote": "U.N. envoy Staffan de Mistura announced a three-week pause."},
            {"article": A001, "quote": "“I think the special envoy decided to suspend the talks because the organization did not want to be associated with the Russian escalation in Syria, which risks undermining the talks completely,” a U.N. official told Reuters."},
        ],
    },
    {
        "id": "e-2016-02-03-supply-route-severed",
        "date": "2016-02-03", "date_precision": "day",
        "type": "ground-fighting",
        "title": "Government forces sever a major rebel supply route into Aleppo",
        "summary": "Government forces sever a major rebel supply route into Aleppo.",
        "places": ["p-aleppo"], "actors": ["Syrian government forces"],
        "sources": [
            {"article": A001, "quote": "government forces severed a major rebel supply route into strategically-important Aleppo"},
        ],
        "note": "Dated by the sentence that reports it “as” the UN suspended the talks on Wednesday. The "
                "article does not say where the route was cut; it is probably the same advance as the "
                "breakthrough to Nubl and al-Zahraa, but the article does not say so.",
    },
    {
        "id": "e-2016-02-03-nubl-al-zahraa-reached",
        "date": "2016-02-03", "date_precision": "day",
        "type": "ground-fighting",
        "title": "Army and allies break through to Nubl and al-Zahraa",
        "summary": "The army and its allies break through rebel lines northwest of Aleppo and reach two Shi’ite "
                   "towns loyal to the government for the first time in three and a half years; residents of "
                   "Nubl and al-Zahraa celebrate on al-Manar TV.",
        "places": ["p-nubl", "p-al-zahraa"], "actors": ["Syrian army and its allies"],
        "sources": [
            {"article": A001, "quote": "The army and its allies on Wednesday broke through rebel lines to the northwest of the city, reaching two Shi’ite towns loyal to the government for the first time in 3-1/2 years."},
            {"article": A001, "quote": "Residents thanked Assad, Iran and Hezbollah in celebratory scenes from the towns of Nubul and al-Zahraa broadcast by Hezbollah’s al-Manar TV."},
        ],
        "note": "The Wednesday sentence does not name the two towns; the next paragraph’s celebrations in "
                "Nubul and al-Zahraa identify them.",
    },
    {
        "id": "e-2016-02-03-ypg-captures-villages",
        "date": "2016-02-03", "end_date": "2016-02-04", "date_precision": "days",
        "type": "ground-fighting",
        "title": "Kurdish YPG captures two villages near Nubl and al-Zahraa",
        "summary": "The Kurdish YPG militia captures two villages near Nubl and al-Zahraa, according to the Syrian "
                   "Observatory for Human Rights.",
        "places": ["p-nubl", "p-al-zahraa"], "actors": ["YPG"],
        "sources": [
            {"article": A001, "quote": "The powerful Kurdish YPG militia, which controls wide areas of northern Syria, meanwhile added to the pressure on insurgents, capturing two villages near Nubul and al-Zahraa, the Syrian Observatory for Human Rights reported."},
        ],
        "note": "Undated (“meanwhile”): placed between the Wednesday breakthrough and publication on Thursday. "
                "The two villages are not named; the map shows the towns they are near.",
    },
    {
        "id": "e-2016-02-04-london-donors-conference",
        "date": "2016-02-04", "date_precision": "day",
        "type": "humanitarian",
        "title": "Donors convene in London for Syria",
        "summary": "Donors convene in London, with UN agencies seeking billions in aid for the victims of the war.",
        "places": ["p-london"], "actors": ["donors", "UN agencies"],
        "sources": [
            {"article": A001, "quote": "The refugee crisis created by the five-year-long war moved back into focus as donors convened in London on Thursday, with U.N. agencies seeking billions in aid to help the victims of a conflict that has forced millions from their homes."},
        ],
    },
    # ---- September 2016: articles 002 (22 Sept), 000 (23 Sept), 004 (2 Oct) ----
    {
        "id": "e-2016-09-12-truce-takes-effect",
        "date": "2016-09-12", "date_precision": "day",
        "type": "ceasefire",
        "title": "US–Russian-brokered truce takes effect",
        "summary": "The truce brokered by the United States and Russia, meant to open aid access to besieged "
                   "areas, takes effect.",
        "places": ["p-syria"], "actors": ["United States", "Russia"],
        "sources": [
            {"article": A002, "quote": "The truce brokered by the United States and Russia took effect on Sept. 12 as part of a deal meant to facilitate aid access to besieged areas."},
        ],
    },
    {
        "id": "e-2016-09-19-truce-collapses",
        "date": "2016-09-19", "date_precision": "day",
        "type": "ceasefire",
        "title": "Truce collapses; government declares the ceasefire over",
        "summary": "The truce collapses into fresh fighting and bombardment, and the government declares the "
                   "ceasefire over.",
        "places": ["p-syria"], "actors": ["Syrian government"],
        "sources": [
            {"article": A002, "quote": "The renewed battles demonstrated the thin prospects for reviving a truce that collapsed into fresh fighting and bombardments on Monday."},
            {"article": A002, "quote": "the Assad regime declared the ceasefire over"},
            {"article": A000, "quote": "efforts to restore a cease-fire that ended this week had failed"},
            {"article": A004, "quote": "a week-long truce deal that collapsed last month"},
        ],
        "note": "The Daily Sabah report of 22 September gives Monday, 19 September; the wire report of 23 "
                "September says the cease-fire “ended this week” and the New Arab report of 2 October that the “week-long” truce “collapsed last month”, "
                "both consistent with 19 September. The Daily Sabah report puts the government’s declaration “hours” "
                "before Obama’s speech on Tuesday 20 September.",
    },
    {
        "id": "e-2016-09-19-aid-convoy-destroyed",
        "date": "2016-09-19", "end_date": "2016-09-20", "date_precision": "days",
        "type": "humanitarian",
        "title": "18 UN aid trucks destroyed near Aleppo",
        "summary": "Eighteen UN aid trucks are destroyed as they try to bring relief to civilians near Aleppo.",
        "places": ["p-aleppo"], "actors": [],
        "sources": [
            {"article": A002, "quote": "18 U.N. aid trucks were destroyed as they tried to bring relief to war-ravaged citizens near Aleppo"},
        ],
        "note": "The article gives no day, only that it happened “hours” before Obama’s speech on Tuesday "
                "20 September, so 19 or 20 September. It says “near Aleppo” without naming the place, and "
                "does not say who destroyed the trucks or how; it gives no casualty figure.",
    },
    {
        "id": "e-2016-09-20-obama-un-speech",
        "date": "2016-09-20", "date_precision": "day",
        "type": "statement",
        "title": "Obama tells the UN that diplomacy is the only way to end the war",
        "summary": "President Obama tells the United Nations there is no military victory to be won in Syria and "
                   "that diplomacy is the only way to end the conflict.",
        "places": ["p-new-york"], "actors": ["Barack Obama"],
        "sources": [
            {"article": A002, "quote": "The U.S. President Barack Obama insisted diplomacy is the only way to end the brutal five-year conflict in Syria Tuesday, as a ceasefire brokered by Washington and Moscow lay in tatters."},
            {"article": A002, "quote": "\"There is no ultimate military victory to be won, we are going to have to pursue the hard work of the diplomacy that aims to stop the violence and deliver aid to those in need,\" Obama told the United Nations."},
        ],
        "note": "The Daily Sabah report of 22 September says only that Obama “told the United Nations”; the "
                "wire report of 23 September places that week’s UN "
                "General Assembly session in New York.",
    },
    {
        "id": "e-2016-09-20-foreign-ministers-back-truce",
        "date": "2016-09-20", "date_precision": "day",
        "type": "diplomacy",
        "title": "Foreign ministers of 20 countries back the truce; Kerry: “not dead”",
        "summary": "Foreign ministers of 20 countries, including the United States and Russia, meet and support "
                   "the agreement; Kerry says afterwards that the ceasefire is not dead.",
        "places": [], "actors": ["foreign ministers of 20 countries", "John Kerry"],
        "sources": [
            {"article": A002, "quote": "Foreign ministers of 20 countries including the United States and Russia met to discuss it on Tuesday and gave the agreement their support."},
            {"article": A002, "quote": "U.S. Secretary of State John Kerry said after the meeting: \"The ceasefire is not dead\"."},
        ],
        "note": "The Daily Sabah report of 22 September does not say where the ministers met, so no place is "
                "given.",
    },
    {
        "id": "e-2016-09-20-khan-touman-air-raid",
        "date": "2016-09-20", "date_precision": "day",
        "type": "bombardment",
        "title": "Night air raid on Khan Touman kills medical workers and fighters",
        "summary": "An air raid by Syrian or Russian warplanes on the opposition-held town of Khan Touman, "
                   "southwest of Aleppo, kills four medical workers and at least nine opposition fighters, "
                   "according to the Syrian Observatory for Human Rights.",
        "places": ["p-khan-touman"], "actors": ["Syrian or Russian warplanes"],
        "sources": [
            {"article": A002, "quote": "An air raid carried out Tuesday night by Syrian or Russian warplanes killed four medical workers and at least nine opposition fighters near Aleppo, the Syrian Observatory for Human Rights monitoring group said on Wednesday."},
            {"article": A002, "quote": "The raid hit the town of Khan Touman southwest of Aleppo city, an area controlled by opposition groups."},
        ],
        "note": "“Tuesday night”: the night of 20 September (it may have run past midnight).",
    },
    {
        "id": "e-2016-09-21-air-raids-aleppo-hama",
        "date": "2016-09-21", "date_precision": "day",
        "type": "bombardment",
        "title": "Intense air raids on Aleppo and northern Hama",
        "summary": "Intense air raids hit Aleppo and northern Hama; the article gives two death tolls for the "
                   "escalation (at least 13; a dozen including four medical workers).",
        "places": ["p-aleppo", "p-northern-hama"], "actors": ["Syrian government forces"],
        "sources": [
            {"article": A002, "quote": "intense air raids shook Syria's Aleppo and northern Hama district on Wednesday"},
            {"article": A002, "quote": "Assad forces have intensified their assault on the troubled city of Aleppo, leaving at least 13 people dead"},
        ],
        "note": "The standfirst says at least 13 dead, the body “a dozen people including four medical "
                "workers” (twice). The four medical workers are probably those of the Tuesday-night Khan "
                "Touman raid, but the article does not say so; both figures are kept.",
    },
    {
        "id": "e-2016-09-21-frontline-clashes-aleppo-hama",
        "date": "2016-09-21", "date_precision": "day",
        "type": "ground-fighting",
        "title": "Government and opposition forces clash on frontlines near Aleppo and Hama",
        "summary": "Government forces and opposition groups fight again on major frontlines near Aleppo and "
                   "Hama, in areas that control access to Aleppo city.",
        "places": ["p-aleppo", "p-hama"], "actors": ["Syrian government forces", "opposition groups"],
        "sources": [
            {"article": A002, "quote": "The Bashar al-Assad regime forces and opposition groups battled each other on major frontlines near Aleppo and Hama"},
            {"article": A002, "quote": "The fighting was focused in areas that control access to Aleppo city"},
        ],
        "note": "Dated by the paragraph’s “on Wednesday”.",
    },
    {
        "id": "e-2016-09-21-unsc-meeting",
        "date": "2016-09-21", "date_precision": "day",
        "type": "diplomacy",
        "title": "UN Security Council holds a high-level meeting on Syria",
        "summary": "The UN Security Council holds a tense high-level meeting on Syria attended by Kerry and "
                   "Lavrov; Kerry says Russia must ground the Syrian air force.",
        "places": ["p-new-york"], "actors": ["UN Security Council", "John Kerry", "Sergei Lavrov"],
        "sources": [
            {"article": A002, "quote": "The U.N. Security Council held a high-level meeting on Syria later on Wednesday."},
            {"article": A002, "quote": "US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov took part in the tense meeting."},
            {"article": A002, "quote": "Kerry stated that Russia must ground Syria air force."},
        ],
        "note": "The article does not name the city; the Security Council sits at UN headquarters in New York, "
                "where the wire report of 23 September places that week’s diplomacy.",
    },
    {
        "id": "e-2016-09-22-offensive-launched",
        "date": "2016-09-22", "end_date": "2016-09-23", "date_precision": "days",
        "type": "bombardment",
        "title": "Government and Russia launch a new offensive on opposition-held Aleppo",
        "summary": "Syrian government forces and their Russian allies launch a major offensive on opposition-held "
                   "Aleppo with dozens of airstrikes, and state media announce a “comprehensive” operation that "
                   "would include a ground offensive.",
        "places": ["p-aleppo"], "actors": ["Syrian government forces", "Russia"],
        "sources": [
            {"article": A000, "quote": "Syrian government forces and their Russian allies launched a major new offensive on opposition-held areas of Aleppo on Friday, bombarding the city with dozens of airstrikes and threatening to launch a ground invasion."},
            {"article": A000, "quote": "The Syrian government announced the new offensive in its state-controlled news media Friday, quoting an unnamed Syrian military official who described the Aleppo operation as “comprehensive’’ and said it could continue for some time."},
            {"article": A000, "quote": "The official said the operation would “include a ground offensive.’’"},
            {"article": A004, "quote": "The offensive, announced on 22 September, has seen dozens of civilians killed and residential buildings flattened in the east, where an estimated 250,000 people live under government siege."},
        ],
        "note": "The articles disagree on the announcement date. The unattributed wire report of Friday 23 September "
                "says the offensive was launched “on Friday” and announced in state media “Friday”; the New "
                "Arab report of 2 October says it was “announced on 22 September”. Both claims are kept: the event "
                "spans 22–23 September. The wire report itself dates the first bombing to Thursday night "
                "(22 September).",
    },
    {
        "id": "e-2016-09-22-overnight-bombardment",
        "date": "2016-09-22", "end_date": "2016-09-23", "date_precision": "days",
        "type": "bombardment",
        "title": "Overnight bombardment of Aleppo",
        "summary": "Bombing through Thursday night and Friday morning shakes the ground and blocks streets; "
                   "residents, including a child in al-Marjeh (Marja), are buried in debris, and three Civil "
                   "Defence centres are hit.",
        "places": ["p-aleppo", "p-al-marjeh"], "actors": ["Syrian government forces", "Russia"],
        "sources": [
            {"article": A000, "quote": "The bombing Thursday night and Friday morning shook the ground and made streets impassible, according to antigovernment activists in Aleppo."},
            {"article": A000, "quote": "The assault Friday on Aleppo left residents buried in the debris, including a child in the Marja neighborhood of the city."},
            {"article": A000, "quote": "said that three of his group’s centers had been bombed, and that some of their rescue vehicles had been knocked out."},
        ],
    },
    {
        "id": "e-2016-09-22-northern-syria-bombings",
        "date": "2016-09-22", "end_date": "2016-09-23", "date_precision": "days",
        "type": "bombardment",
        "title": "Deadly bombings reported elsewhere in northern Syria",
        "summary": "Deadly bombings are reported in other parts of northern Syria.",
        "places": ["p-northern-syria"], "actors": [],
        "sources": [
            {"article": A000, "quote": "deadly bombings were reported in other parts of northern Syria as well"},
        ],
        "note": "Undated; reported alongside the overnight bombardment of Aleppo (Thursday night to Friday). "
                "No place or figure is given.",
    },
    {
        "id": "e-2016-09-19-ceasefire-efforts-stall",
        "date": "2016-09-19", "end_date": "2016-09-23", "date_precision": "days",
        "type": "diplomacy",
        "title": "Efforts to revive the cease-fire stall in New York",
        "summary": "Efforts to revive the partial cease-fire stall in New York, where International Syria Support "
                   "Group diplomats had been meeting on the sidelines of the UN General Assembly.",
        "places": ["p-new-york"], "actors": ["International Syria Support Group"],
        "sources": [
            {"article": A000, "quote": "The intensified assault on Aleppo came after efforts to revive a partial cease-fire in the conflict stalled in New York, where diplomats from the International Syria Support Group had been meeting on the sidelines of the UN General Assembly annual session."},
        ],
        "note": "Undated: after the cease-fire ended (“this week”; Monday 19 September per the Daily Sabah "
                "report of 22 September) and "
                "before Friday’s assault (23 September).",
    },
    {
        "id": "e-2016-09-23-kerry-lavrov-meet",
        "date": "2016-09-23", "date_precision": "day",
        "type": "diplomacy",
        "title": "Kerry and Lavrov meet informally",
        "summary": "Kerry meets Lavrov informally and reports “a little bit of progress”; at his own news "
                   "conference Lavrov says the US failed to separate moderate rebels from the Nusra Front.",
        "places": ["p-new-york"], "actors": ["John Kerry", "Sergei Lavrov"],
        "sources": [
            {"article": A000, "quote": "Secretary of State John Kerry met informally Friday with his Russian counterpart, Sergey V. Lavrov, and told reporters that their talk had yielded “a little bit of progress.’’"},
            {"article": A000, "quote": "Speaking at his own news conference, Lavrov said the United States had failed to ensure that moderate Syrian rebels separated themselves from extremist militants of the Qaeda-allied Nusra Front."},
        ],
        "note": "The article does not say where they met; the preceding paragraph places the diplomacy in "
                "New York.",
    },
    {
        "id": "e-2016-09-23-ayrault-guernica",
        "date": "2016-09-23", "date_precision": "day",
        "type": "statement",
        "title": "French foreign minister warns against Aleppo becoming “the 21st-century Guernica”",
        "summary": "France’s foreign minister (spelled “Jean-Marc Aryault” in the article) fears diplomatic "
                   "paralysis reflects weariness with the war and warns against letting Aleppo become the "
                   "21st-century Guernica.",
        "places": ["p-aleppo"], "actors": ["Jean-Marc Ayrault"],
        "sources": [
            {"article": A000, "quote": "Jean-Marc Aryault, the foreign minister of France, one of the members of the International Syria Support Group, said earlier Friday that he feared the diplomatic paralysis reflected a growing weariness with the daily horrors of the Syrian war."},
            {"article": A000, "quote": "“Let’s not let Aleppo become the 21st-century Guernica.’’"},
        ],
        "note": "The place is what the statement is about; the article does not say where it was made.",
    },
    # ---- article 003 (Friday 14 October 2016) ----
    {
        "id": "e-2016-10-13-moscow-withdrawal-offer",
        "date": "2016-10-13", "date_precision": "day",
        "type": "statement",
        "title": "Moscow offers safe withdrawal from eastern Aleppo",
        "summary": "Moscow offers to ensure the safe withdrawal of rebel groups and civilians from eastern Aleppo; "
                   "no immediate response from the rebels.",
        "places": ["p-aleppo"], "actors": ["Russia"],
        "sources": [
            {"article": A003, "quote": "On Thursday, Moscow offered to \"ensure the safe withdrawal\" of rebel groups and civilians from eastern Aleppo."},
            {"article": A003, "quote": "There was no immediate response from the rebels."},
        ],
        "note": "The place is what the offer is about (eastern Aleppo).",
    },
    {
        "id": "e-2016-10-13-assad-interview",
        "date": "2016-10-13", "date_precision": "day",
        "type": "statement",
        "title": "Assad says Aleppo requires “cleaning”",
        "summary": "In an interview with Russian TV, Assad says Aleppo requires “cleaning” and that victory there "
                   "would be a “springboard” to retake all of Syria.",
        "places": ["p-aleppo"], "actors": ["Bashar al-Assad"],
        "sources": [
            {"article": A003, "quote": "In an interview with Russian TV aired on Thursday Assad said that Aleppo required “cleaning” in order to “push the terrorists to Turkey to go back to where they come from, or to kill them\" claiming that victory in the city would act as a “springboard” enabling the regime to retake all of Syria."},
        ],
        "note": "Dated by the broadcast (“aired on Thursday”). The place is what the statement is about.",
    },
    {
        "id": "e-2016-10-13-qudsaya-al-hamah-evacuation",
        "date": "2016-10-13", "date_precision": "day",
        "type": "evacuation",
        "title": "More than 1,200 people bussed out of Qudsaya and al-Hamah",
        "summary": "More than 1,200 people, including rebel fighters and their families, are bussed out of "
                   "Qudsaya and al-Hamah near Damascus under a local deal with the government.",
        "places": ["p-qudsaya", "p-al-hamah"], "actors": ["Syrian government", "rebel fighters"],
        "sources": [
            {"article": A003, "quote": "Near Damascus, more than 1,200 people including rebel fighters and their families were bussed out of the towns of Qudsaya and al-Haamah on Thursday under a local deal with the government."},
        ],
    },
    {
        "id": "e-2016-10-14-airstrikes-eastern-aleppo",
        "date": "2016-10-14", "date_precision": "day",
        "type": "bombardment",
        "title": "Russian and Syrian warplanes pound eastern Aleppo",
        "summary": "Russian and Syrian warplanes pound opposition-held eastern districts; rescuers are still "
                   "digging people out of the rubble in Tariq al-Bab. The besieged residents (an estimated "
                   "250,000) cannot get medical support.",
        "places": ["p-aleppo", "p-tariq-al-bab"], "actors": ["Russia", "Syrian government"],
        "sources": [
            {"article": A003, "quote": "Russian and Syrian warplanes pounded opposition-controlled eastern districts, London based Syrian Observatory for Human Rights said"},
            {"article": A003, "quote": "Rescuers were still working to dislodge people from under the rubble in the Tariq al-Bab eastern district, he said."},
            {"article": A003, "quote": "An estimated 250,000 residents that are currently under siege in Aleppo are unable to receive medical support due to the intensified bombardment in east Aleppo."},
        ],
        "note": "The article ties the airstrikes to Friday’s advance (“amid intense airstrikes on Friday”); it "
                "gives no casualty figure.",
    },
    {
        "id": "e-2016-10-14-advance-toward-airport",
        "date": "2016-10-14", "date_precision": "day",
        "type": "ground-fighting",
        "title": "Pro-government forces advance in Aleppo toward the airport road",
        "summary": "Pro-government forces advance under air cover, pushing southwards with the goal of “opening a "
                   "route to the airport”, east of the city.",
        "places": ["p-aleppo", "p-aleppo-international-airport"], "actors": ["Syrian pro-government forces"],
        "sources": [
            {"article": A003, "quote": "Syrian pro-government forces advanced into the Aleppo battleground amid intense airstrikes on Friday, ahead of fresh diplomatic efforts to end the country's intractable conflict."},
            {"article": A003, "quote": "adding the air raids provided cover for forces to advance southwards with the goal of \"opening a route to the airport,\" east of the city."},
        ],
        "note": "The airport is the stated goal of the advance, not a place the forces reached.",
    },
    {
        "id": "e-2016-10-14-lavrov-no-expectations",
        "date": "2016-10-14", "date_precision": "day",
        "type": "statement",
        "title": "Lavrov plays down hopes for the Lausanne meeting",
        "summary": "Lavrov tells reporters he has no “special expectations” for progress in Lausanne.",
        "places": ["p-lausanne"], "actors": ["Sergei Lavrov"],
        "sources": [
            {"article": A003, "quote": "Lavrov played down hopes of a breakthrough in Lausanne, telling reporters on Friday he had no \"special expectations\" for progress."},
        ],
        "note": "The place is what the statement is about; the article does not say where Lavrov spoke.",
    },
    {
        "id": "e-2016-10-15-lausanne-meeting",
        "date": "2016-10-15", "date_precision": "day", "status": "planned",
        "type": "diplomacy",
        "title": "US–Russia meeting on Syria in Lausanne (planned)",
        "summary": "The United States and Russia are expected to meet in Switzerland to try to revive the peace "
                   "process, with UN envoy Staffan de Mistura and the top diplomats of Turkey, Saudi Arabia and "
                   "Qatar.",
        "places": ["p-lausanne"],
        "actors": ["United States", "Russia", "Staffan de Mistura", "Turkey", "Saudi Arabia", "Qatar"],
        "sources": [
            {"article": A003, "quote": "Meanwhile, the United States and Russia, both of which support opposing sides involved in the five-year war, are expected to meet in Switzerland on Saturday to try to resurrect the peace process after previous failed attempts."},
            {"article": A003, "quote": "UN Syria envoy Staffan de Mistura will attend, along with the chief diplomats from Turkey, Saudi Arabia and Qatar - all backers of Syrian opposition forces."},
        ],
        "note": "Announced for the future (“are expected to meet”). The sentence says “Switzerland”; Lausanne "
                "is named two paragraphs later.",
    },
    {
        "id": "e-2016-10-16-london-meeting",
        "date": "2016-10-16", "date_precision": "day", "status": "planned",
        "type": "diplomacy",
        "title": "Kerry to meet British, French and German counterparts in London (planned)",
        "summary": "Kerry will likely meet his counterparts from Britain, France and Germany in London.",
        "places": ["p-london"], "actors": ["John Kerry", "Britain", "France", "Germany"],
        "sources": [
            {"article": A003, "quote": "Then in London on Sunday, Kerry will likely meet up with his counterparts from Britain, France and Germany."},
        ],
        "note": "Announced for the future and hedged (“will likely”).",
    },
    # ---- article 004 (Sunday 2 October 2016) ----
    {
        "id": "e-2016-10-01-kerry-lavrov-phone-call",
        "date": "2016-10-01", "date_precision": "day",
        "type": "diplomacy",
        "title": "Kerry and Lavrov speak by phone about Aleppo",
        "summary": "Lavrov and Kerry speak by phone and, according to Russia, examine the situation in Syria "
                   "including the possibility of “normalising the situation around Aleppo”.",
        "places": ["p-aleppo"], "actors": ["John Kerry", "Sergei Lavrov"],
        "sources": [
            {"article": A004, "quote": "However, the foreign ministers of the United States and Russia, which brokered a week-long truce deal that collapsed last month, spoke by phone on Saturday."},
            {"article": A004, "quote": "Russia said its Foreign Minister Sergei Lavrov spoke to his US counterpart John Kerry."},
            {"article": A004, "quote": "They had \"examined the situation in Syria, including the possibility of normalising the situation around\xa0Aleppo\"."},
        ],
        "note": "The place is what the call was about.",
    },
    {
        "id": "e-2016-10-01-overnight-raids-aleppo",
        "date": "2016-10-01", "end_date": "2016-10-02", "date_precision": "days",
        "type": "bombardment",
        "title": "Dozens of Russian air raids on Aleppo overnight",
        "summary": "Dozens of Russian air strikes hit the fighting zones inside Aleppo overnight, among them "
                   "Bustan al-Basha, Sakhur and Suleiman al-Halabi, with more raids across northern Syria.",
        "places": ["p-bustan-al-basha", "p-as-sakhour", "p-suleiman-al-halabi", "p-aleppo", "p-northern-syria"],
        "actors": ["Russia"],
        "sources": [
            {"article": A004, "quote": "Among the targets of air raids during the night were the neighbourhoods of Bustan al-Basha, Sakhur and Suleiman al-Halabi, the correspondent reported."},
            {"article": A004, "quote": "\"Dozens of Russian air strikes targeted overnight the fighting zones inside Aleppo\xa0city,\" said the Syrian Observatory for Human Rights monitoring group."},
            {"article": A004, "quote": "Russia unleashed dozens more air raids in northern Syria as regime forces\xa0advanced in\xa0Aleppo\xa0on Sunday."},
        ],
        "note": "“During the night” / “overnight” in a report of Sunday 2 October: the night of 1 to 2 "
                "October; the raids across northern Syria are reported for Sunday.",
    },
    {
        "id": "e-2016-10-02-advance-north-aleppo",
        "date": "2016-10-02", "date_precision": "day",
        "type": "ground-fighting",
        "title": "Regime forces advance in north Aleppo to the outskirts of al-Halaq",
        "summary": "Helped by the raids, regime forces advance in the north of the city and reach the outskirts of "
                   "al-Halaq; the Observatory says they aim to take Bustan al-Basha and Sakhur.",
        "places": ["p-trab-al-hellok", "p-aleppo"], "actors": ["Syrian government forces"],
        "sources": [
            {"article": A004, "quote": "Russia unleashed dozens more air raids in northern Syria as regime forces\xa0advanced in\xa0Aleppo\xa0on Sunday."},
            {"article": A004, "quote": "Observatory director Rami Abdel Rahman said the raids \"helped regime forces to advance in the north of the city\" where they reached the outskirts of al-Halaq district."},
            {"article": A004, "quote": "\"Regime forces aims to control Bustan al-Basha and Sakhur districts to tighten the zones controlled by rebels,\" said Abdel Rahman."},
        ],
        "note": "al-Halaq has no polygon of its own; it is shown at its namesake unit Trab al-Hellok "
                "(approximate identification, see the place’s note). Bustan al-Basha and Sakhur are named as "
                "aims, not as places taken, so they are not listed as places of this event.",
    },
]

# ---------------------------------------------------------------------------------------------
# Casualty figures, as written.  Conventions (SOURCES.md): vague numbers keep their words ("a dozen",
# "dozens": KB format 2's `words`, read by the one documented table, never written as a number); a
# figure with no number keeps only its qualifier; a figure over a period says so ("period", dates from
# the text and the publication date); figures that may count the same people name each other
# ("overlaps", given on one side here, written on both by make-kb.py).
CASUALTIES = [
    {
        "id": "c-2016-02-russian-trainer-killed",
        "event": "e-2016-02-01-russian-trainer-killed", "places": ["p-syria"],
        "killed": {"min": 1, "max": 1}, "who": "military personnel",
        "reported_by": "Moscow",
        "source": {"article": A001, "quote": "Moscow confirmed a Russian military trainer was killed in Syria this week"},
        "note": "One Russian military trainer.",
    },
    {
        "id": "c-2016-09-20-khan-touman-medical-workers",
        "event": "e-2016-09-20-khan-touman-air-raid", "places": ["p-khan-touman"],
        "killed": {"min": 4, "max": 4}, "who": "medical workers",
        "reported_by": "Syrian Observatory for Human Rights",
        "source": {"article": A002, "quote": "An air raid carried out Tuesday night by Syrian or Russian warplanes killed four medical workers and at least nine opposition fighters near Aleppo, the Syrian Observatory for Human Rights monitoring group said on Wednesday."},
        "note": "Very likely among the dead of the same article’s “a dozen people including four medical "
                "workers” and “at least 13” (4 + 9 = 13); not the same people as the nine fighters.",
    },
    {
        "id": "c-2016-09-20-khan-touman-fighters",
        "event": "e-2016-09-20-khan-touman-air-raid", "places": ["p-khan-touman"],
        "killed": {"min": 9}, "who": "opposition fighters", "qualifier": "at least",
        "reported_by": "Syrian Observatory for Human Rights",
        "source": {"article": A002, "quote": "An air raid carried out Tuesday night by Syrian or Russian warplanes killed four medical workers and at least nine opposition fighters near Aleppo, the Syrian Observatory for Human Rights monitoring group said on Wednesday."},
        "overlaps": ["c-2016-09-21-a-dozen-killed", "c-2016-09-21-at-least-13-dead"],
        "note": "Very likely among the dead of the same article’s “at least 13” (4 medical workers + 9 "
                "fighters = 13) and perhaps of its “a dozen”; not the same people as the four medical workers.",
    },
    {
        "id": "c-2016-09-21-a-dozen-killed",
        "event": "e-2016-09-21-air-raids-aleppo-hama", "places": ["p-aleppo", "p-northern-hama"],
        "killed": {"words": "a dozen"}, "who": "people",
        "reported_by": "Daily Sabah, citing unnamed reports (“reportedly”)",
        "source": {"article": A002, "quote": "air strikes reportedly killed a dozen people including four medical workers"},
        "overlaps": ["c-2016-09-21-at-least-13-dead", "c-2016-09-20-khan-touman-medical-workers"],
        "note": "Including four medical workers. Stated twice in the article (also in its first paragraph). "
                "Differs from the standfirst’s “at least 13”; both very likely count the same dead, and the four "
                "medical workers are very likely the Observatory’s four at Khan Touman: they may be the same "
                "deaths, so totals count them once. Kept as written.",
    },
    {
        "id": "c-2016-09-21-at-least-13-dead",
        "event": "e-2016-09-21-air-raids-aleppo-hama", "places": ["p-aleppo"],
        "killed": {"min": 13}, "who": "people", "qualifier": "at least",
        "reported_by": "Daily Sabah, naming no source",
        "source": {"article": A002, "quote": "Assad forces have intensified their assault on the troubled city of Aleppo, leaving at least 13 people dead"},
        "overlaps": ["c-2016-09-20-khan-touman-medical-workers"],
        "note": "Standfirst figure; differs from the body’s “a dozen”. Very likely the same dead as the "
                "Observatory’s four medical workers and at least nine fighters at Khan Touman (4 + 9 = 13), which the "
                "same article reports: they may be the same deaths.",
    },
    {
        "id": "c-2016-09-22-sohr-at-least-27-killed",
        "event": "e-2016-09-22-overnight-bombardment", "places": ["p-aleppo"],
        "killed": {"min": 27}, "who": "people", "qualifier": "at least",
        "reported_by": "Syrian Observatory for Human Rights",
        "source": {"article": A000, "quote": "The Syrian Observatory for Human Rights, which opposes the government and tracks the conflict from Britain, said at least 27 people had been killed in the overnight bombardment of Aleppo."},
        "overlaps": ["c-2016-09-22-aid-workers-toll-higher", "c-2016-09-22-offensive-dozens-of-civilians"],
        "note": "The aid workers’ higher toll counts the same dead and more. The night of 22 to 23 September falls in "
                "The New Arab’s period “since” the offensive of 22 September, so its “dozens of civilians” may "
                "include these dead.",
    },
    {
        "id": "c-2016-09-22-aid-workers-toll-higher",
        "event": "e-2016-09-22-overnight-bombardment", "places": ["p-aleppo"],
        "who": "people", "qualifier": "the death toll was higher",
        "reported_by": "aid workers in the city",
        "source": {"article": A000, "quote": "Aid workers in the city said the death toll was higher"},
        "overlaps": ["c-2016-09-22-offensive-dozens-of-civilians"],
        "note": "No number: higher than the Observatory’s “at least 27”, counting the same dead and more; may be "
                "among The New Arab’s “dozens of civilians” since 22 September.",
    },
    {
        "id": "c-2016-09-22-offensive-dozens-of-civilians",
        "event": "e-2016-09-22-offensive-launched", "places": ["p-aleppo"],
        "killed": {"words": "dozens"}, "who": "civilians",
        "period": {"start": "2016-09-22", "end": "2016-10-02"},
        "reported_by": "The New Arab, naming no source",
        "source": {"article": A004, "quote": "The offensive, announced on 22 September, has seen dozens of civilians killed"},
        "note": "A figure over a period: from the offensive’s announcement on 22 September (the text’s date) to "
                "the report of 2 October (its publication date); “in the east” of Aleppo. It may include the dead "
                "of the overnight bombardment of 22 to 23 September that the Observatory and aid workers count.",
    },
]
