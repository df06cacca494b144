#!/usr/bin/env python3
"""Build Sources/ArticledStages/Resources/topics-iptc.tsv, the tag stage's topic model.

The model gives each of the 17 top-level IPTC Media Topics a few hundred weighted terms.

Sources:
  * Princeton WordNet 3.0 as packaged by Debian (`wordnet-base`, /usr/share/wordnet),
    licence: WordNet 3.0 licence (BSD-style, free use with the copyright notice kept;
    https://wordnet.princeton.edu/license-and-commercial-use). Used: the topic-domain
    pointers (";c") of synsets to domains such as law, military, medicine, sport, and the
    hyponym trees under anchor synsets (disease, weapon, storm...), with derivationally
    related forms ("+") for verbs and adjectives.
  * scripts/topics-curated.tsv: terms chosen by hand for articled (same licence as the
    project), the vocabulary of news writing that WordNet's domains miss; a curated weight
    replaces the derived one, and a weight of 0 removes a term.

A term's weight is its source weight (domain member 1.0, hyponym 0.85 per level, related
form 0.7) times how much of the word's sense mass (senses ranked by WordNet's frequency
order) falls inside the topic, so that an ambiguous word ("court", "match") counts less
than a specific one ("verdict", "goalkeeper").

The script also writes Resources/stopwords-verbs.txt: WordNet's lemmas that are verbs and
never nouns or adjectives (`absorb`, `threaten`), which cannot be part of a key phrase; a verb
whose stem (by the tag stage's stemmer, mirrored below) equals a noun's (`unite`/`unit`) is left out.

Usage: python3 scripts/build-topics.py [WORDNET_DIR]  (writes the resources in place)
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "ArticledStages", "Resources", "topics-iptc.tsv")
CURATED = os.path.join(HERE, "topics-curated.tsv")
WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}

# Domain synsets (by their first lemma) whose ";c" members belong to a topic.
DOMAINS = {
    "01000000": "music art performing_arts dramaturgy literature poetry photography architecture fine_arts dancing "
                "dance ballet drama television movie film broadcasting broadcast_medium recording publication jazz "
                "rock_'n'_roll singing music_genre concert writing",
    "02000000": "law criminal_law crime Mafia civil_law contract case_law tort corporation_law contract_law "
                "matrimonial_law maritime_law",
    "04000000": "commerce commercial_enterprise economics finance tax stock_exchange accounting corporation banking "
                "investing auction industry corporate_finance bookkeeping business mining farming animal_husbandry",
    "05000000": "education",
    "06000000": "ecology",
    "07000000": "medicine pathology psychiatry surgery dentistry obstetrics pharmacology immunology ophthalmology "
                "neurology radiology epidemiology virology pregnancy operation orthopedics endocrinology otology "
                "toxicology bacteriology",
    "10000000": "cooking fashion gardening hunting angling fishing tasting brewing card_game chess poker bridge",
    "11000000": "politics government election legislature parliament diplomacy legislation order Marxism",
    "12000000": "religion Roman_Catholic Judaism Christianity Islam Hinduism Buddhism Sikhism theology church_service "
                "Anglican_Church Orthodox_Church Protestant_Church canon_law Christian_theology Zen Taoism Jainism "
                "shariah",
    "13000000": "chemistry computer_science biology physics mathematics statistics genetics geology astronomy zoology "
                "botany electronics computer telecommunication biochemistry anthropology optics cosmology archeology "
                "engineering programming particle_physics nuclear_physics molecular_biology microbiology aeronautics "
                "spaceflight information_science simulation computer_graphics electricity thermodynamics mechanics "
                "quantum_theory relativity oceanography crystallography metallurgy paleontology neurophysiology "
                "physical_chemistry electrical_engineering cryogenics",
    "14000000": "sociology",
    "15000000": "sport baseball golf football American_football basketball boxing tennis cricket soccer ice_hockey "
                "badminton fencing rugby softball squash water_sport auto_racing gymnastics field_hockey horse_racing "
                "court_game mountain_climbing wrestling croquet polo lacrosse bowling tenpins table_tennis dressage "
                "skiing racing professional_basketball",
    "16000000": "military terrorism war navy military_law World_War_II",
    "17000000": "meteorology",
}

# Anchor synsets ("lemma.pos.sense", WordNet's sense order) whose hyponyms belong to a topic.
ANCHORS = {
    "01000000": "art.n.1 music.n.1 film.n.1 musician.n.1 artist.n.1 actor.n.1 writer.n.1 performance.n.2 "
                "show.n.3 book.n.1 museum.n.1 musical_instrument.n.1 broadcast.n.1 journalist.n.1 newspaper.n.1",
    "02000000": "crime.n.1 criminal.n.1 law_enforcement.n.1 police.n.1 lawyer.n.1 court.n.1 judge.n.1 "
                "legal_action.n.1 prison.n.1 punishment.n.1 accusation.n.2 murder.n.1 theft.n.1 fraud.n.1 "
                "law.n.1 judgment.n.3 trial.n.1 policeman.n.1",
    "03000000": "disaster.n.1 accident.n.1 fire.n.1 earthquake.n.1 flood.n.1 explosion.n.1 crash.n.2 "
                "emergency.n.1 rescue.n.1 casualty.n.2 catastrophe.n.1 collision.n.1 wreck.n.1 victim.n.1 "
                "avalanche.n.1 landslide.n.1 eruption.n.2 evacuation.n.1 shipwreck.n.1 collapse.n.1",
    "04000000": "business.n.1 company.n.1 market.n.1 money.n.1 trade.n.1 finance.n.1 bank.n.1 investor.n.1 "
                "businessman.n.1 price.n.1 tax.n.1 economy.n.1 industry.n.1 commerce.n.1 stock.n.1 profit.n.1 "
                "loss.n.1 financial_institution.n.1 capital.n.1 currency.n.1 debt.n.1 sale.n.1",
    "05000000": "education.n.1 school.n.1 educator.n.1 student.n.1 educational_institution.n.1 course.n.1 "
                "academic_degree.n.1 examination.n.2 curriculum.n.1 lesson.n.1",
    "06000000": "pollution.n.1 environment.n.1 conservation.n.1 wildlife.n.1 forest.n.1 climate.n.1 "
                "ecosystem.n.1 endangered_species.n.1 fossil_fuel.n.1 contamination.n.1 recycling.n.1 "
                "pollutant.n.1 waste.n.1 natural_resource.n.1 tree.n.1 wetland.n.1 greenhouse_gas.n.1 erosion.n.1",
    "07000000": "disease.n.1 illness.n.1 medical_care.n.1 hospital.n.1 medical_practitioner.n.1 drug.n.1 "
                "medicine.n.2 symptom.n.1 injury.n.1 health_professional.n.1 patient.n.1 vaccine.n.1 "
                "infection.n.1 pathogen.n.1 disorder.n.1 treatment.n.1 nurse.n.1 health.n.1",
    "08000000": "celebrity.n.1 anniversary.n.1 birthday.n.1 pet.n.1 award.n.2 hero.n.1 centenarian.n.1 "
                "wedding.n.1 royalty.n.2 prize.n.1 dog.n.1 cat.n.1 reunion.n.1 lottery.n.1 eccentric.n.1",
    "09000000": "employment.n.1 unemployment.n.1 labor_union.n.1 strike.n.1 wage.n.1 worker.n.1 employee.n.1 "
                "pension.n.1 employer.n.1 job.n.1 workplace.n.1 labor.n.1",
    "10000000": "food.n.1 dish.n.2 meal.n.1 restaurant.n.1 vacation.n.1 holiday.n.1 travel.n.1 hobby.n.1 "
                "game.n.1 garden.n.1 clothing.n.1 beverage.n.1 wine.n.1 recreation.n.1 leisure.n.1 tourist.n.1 "
                "hotel.n.1 cook.n.1 fashion.n.1 diet.n.1",
    "11000000": "politician.n.1 political_party.n.1 election.n.1 legislator.n.1 head_of_state.n.1 diplomat.n.1 "
                "government.n.1 campaign.n.2 vote.n.1 voter.n.1 legislature.n.1 minister.n.2 official.n.1 "
                "government_department.n.1 politics.n.1 policy.n.2 law.n.2 sanction.n.1 treaty.n.1 "
                "government_agency.n.1 summit.n.1 ideology.n.1 democracy.n.1 referendum.n.1",
    "12000000": "religion.n.1 religious_person.n.1 clergyman.n.1 church.n.1 place_of_worship.n.1 deity.n.1 "
                "religious_ceremony.n.1 prayer.n.1 sacred_text.n.1 religionist.n.1 spiritual_leader.n.1 "
                "religious_holiday.n.1",
    "13000000": "science.n.1 scientist.n.1 technology.n.1 computer.n.1 research.n.1 experiment.n.1 "
                "software.n.1 device.n.1 planet.n.1 spacecraft.n.1 laboratory.n.1 chemical.n.1 "
                "electronic_equipment.n.1 physics.n.1 biology.n.1 internet.n.1 telecommunication.n.1 "
                "engineer.n.1 discovery.n.1 robot.n.1",
    "14000000": "poverty.n.1 immigration.n.1 immigrant.n.1 discrimination.n.1 human_right.n.1 family.n.1 "
                "marriage.n.1 homelessness.n.1 social_welfare.n.1 social_group.n.1 refugee.n.1 minority.n.1 "
                "child.n.1 charity.n.1 community.n.1 housing.n.1 inequality.n.1 prejudice.n.1 elderly.n.1",
    "15000000": "sport.n.1 athlete.n.1 contestant.n.1 team.n.1 tournament.n.1 game.n.2 sports_equipment.n.1 "
                "playing_field.n.1 score.n.10 coach.n.1 stadium.n.1 athletic_contest.n.1 championship.n.1 "
                "sports_implement.n.1 sporting_goods.n.1",
    "16000000": "war.n.1 military_action.n.1 weapon.n.1 military_personnel.n.1 armed_forces.n.1 battle.n.1 "
                "attack.n.1 military_unit.n.1 soldier.n.1 terrorism.n.1 missile.n.1 peace.n.1 "
                "conflict.n.1 invasion.n.1 military_vehicle.n.1 warship.n.1 bomb.n.1 rebel.n.1 violence.n.1 "
                "ammunition.n.1 army.n.1",
    "17000000": "weather.n.1 atmospheric_phenomenon.n.1 storm.n.1 precipitation.n.3 wind.n.1 temperature.n.1 "
                "cloud.n.2 heat.n.2 cold.n.1 rain.n.1 snow.n.2 forecast.n.1 drought.n.1 fog.n.1 heat_wave.n.1",
}


def load():
    synsets, index = {}, collections.defaultdict(list)
    for name, p in POS.items():
        with open(os.path.join(WN, "data." + name), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                f = line.split("|")[0].split()
                n = int(f[3], 16)
                words = [f[4 + 2 * i].split("(")[0] for i in range(n)]
                i = 4 + 2 * n
                ptrs = []
                for _ in range(int(f[i])):
                    ptrs.append((f[i + 1], f[i + 2], "a" if f[i + 3] == "s" else f[i + 3]))
                    i += 4
                synsets[(f[0], p)] = (words, ptrs)
        with open(os.path.join(WN, "index." + name), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                f = line.split()
                lemma, pcnt = f[0], int(f[3])
                offsets = f[4 + pcnt + 2:]
                index[lemma] += [(o, p) for o in offsets]
    return synsets, index


def hyponyms(synsets, key, depth):
    """The synset and its hyponyms (and instances) down to `depth` levels, with levels."""
    out, frontier = {key: 0}, [key]
    for level in range(1, depth + 1):
        nxt = []
        for k in frontier:
            for sym, off, p in synsets[k][1]:
                if sym == "~" and (off, p) not in out:
                    out[(off, p)] = level
                    nxt.append((off, p))
        frontier = nxt
    return out


def stem(word):
    """The stem by the rules of Sources/ArticledStages/Text/WordStemmer.swift."""
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] in "bcdfghjkmnpqrtvwxy":
        w = w[:-1]
    return w


def write_verbs():
    """Resources/stopwords-verbs.txt: verbs that are never nouns or adjectives."""
    def lemmas(pos):
        with open(os.path.join(WN, "index." + pos), encoding="latin-1") as fh:
            return {line.split()[0] for line in fh if not line.startswith("  ")}
    verbs, others = lemmas("verb"), lemmas("noun") | lemmas("adj") | lemmas("adv")
    other_stems = {stem(w) for w in lemmas("noun") if "_" not in w}
    only = sorted(w for w in verbs - others
                  if w.isalpha() and len(w) > 2 and stem(w) not in other_stems)
    out = os.path.join(os.path.dirname(OUT), "stopwords-verbs.txt")
    header = [
        "# English verbs that are never nouns or adjectives: a key phrase never contains them.",
        "# Built by scripts/build-topics.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0",
        "# licence, BSD-style: https://wordnet.princeton.edu/license-and-commercial-use). Do not edit by hand.",
    ]
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(header + only) + "\n")
    print(f"stopwords-verbs.txt: {len(only)} verbs", file=sys.stderr)


def main():
    synsets, index = load()
    by_first = collections.defaultdict(list)
    members = collections.defaultdict(dict)  # topic -> synset -> source weight
    domain_of = collections.defaultdict(list)
    for k, (_, ptrs) in synsets.items():
        for sym, off, p in ptrs:
            if sym == ";c":
                domain_of[(off, p)].append(k)
    for k in domain_of:
        by_first[synsets[k][0][0]].append(k)
    for topic, names in DOMAINS.items():
        for name in names.split():
            for d in by_first.get(name, []):
                for sub, level in hyponyms(synsets, d, 2).items():
                    members[topic][sub] = max(members[topic].get(sub, 0), 0.9 ** level)
                    for m in domain_of.get(sub, []):
                        members[topic][m] = max(members[topic].get(m, 0), 1.0)
    for topic, names in ANCHORS.items():
        for name in names.split():
            lemma, p, sense = name.rsplit(".", 2)
            keys = [k for k in index.get(lemma.lower(), []) if k[1] == p]
            if int(sense) > len(keys):
                print(f"warning: no sense {name}", file=sys.stderr)
                continue
            for sub, level in hyponyms(synsets, keys[int(sense) - 1], 4).items():
                members[topic][sub] = max(members[topic].get(sub, 0), 0.85 ** level)
    # Related forms: "election" brings "elect", "electoral".
    for topic in list(members):
        for k, w in list(members[topic].items()):
            for sym, off, p in synsets[k][1]:
                if sym in ("+", "\\", "pertainym") and (off, p) in synsets:
                    members[topic].setdefault((off, p), 0.7 * w)
    # Sense mass per lemma and topic.
    weights = collections.defaultdict(dict)
    for topic, syns in members.items():
        for k, w in syns.items():
            for word in synsets[k][0]:
                if word[:1].isupper() and "_" not in word and not word.isupper():
                    continue  # a proper name (a person, a place) says little about a topic
                lemma = word.lower()
                if len(lemma) < 3 or lemma.count("_") > 2 or any(c.isdigit() for c in lemma):
                    continue
                senses = index.get(lemma, [])
                total = sum(1 / (r + 1) for r in range(len(senses))) or 1
                inside = sum(1 / (r + 1) for r, s in enumerate(senses) if s in syns) or 1 / (len(senses) + 1)
                score = w * (inside / total) ** 0.8
                term = lemma.replace("_", " ")
                weights[topic][term] = max(weights[topic].get(term, 0), score)
    # A word in many topics tells little about any one.
    spread = collections.Counter(t for ws in weights.values() for t, w in ws.items() if w > 0.3)
    for topic in weights:
        for term in weights[topic]:
            if spread[term] > 1:
                weights[topic][term] /= spread[term] ** 0.5
    # Countries, capitals and the countries' adjectives ("China", "Chinese"): weak evidence of international politics.
    countries = set()
    for root in ("08544813", "08168978"):
        for k in hyponyms(synsets, (root, "n"), 3):
            for sym, off, p in synsets[k][1]:
                if sym == "~i":
                    countries.add((off, p))
    capital = [k for k in index.get("national_capital", []) if k[1] == "n"]
    for k in capital:
        for sym, off, p in synsets[k][1]:
            if sym == "~i":
                countries.add((off, p))
    for k, (words, ptrs) in synsets.items():
        if k[1] == "a" and any(sym == "\\" and (off, p) in countries for sym, off, p in ptrs):
            countries.add(k)
    for k in countries:
        for word in synsets[k][0]:
            term = word.lower().replace("_", " ")
            if word[:1].isupper() and term.count(" ") <= 1 and len(term) > 3:
                weights["11000000"][term] = max(weights["11000000"].get(term, 0), 0.5)
    # Short words from WordNet clash with the stems of common words ("ware" and "war").
    for topic in weights:
        for term in [t for t in weights[topic] if len(t) <= 4]:
            del weights[topic][term]
    curated = collections.defaultdict(dict)
    with open(CURATED, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            topic, weight, terms = line.split("\t")
            for term in terms.split(","):
                if term.strip():
                    curated[topic.replace("medtop:", "")][term.strip().lower()] = float(weight)
    lines = []
    for topic in sorted(DOMAINS.keys() | ANCHORS.keys()):
        ws = {t: w for t, w in weights[topic].items() if w >= 0.2 and t.count(" ") <= 1}
        ranked = sorted(ws.items(), key=lambda tw: (-tw[1], tw[0]))[:1500]
        final = dict(ranked)
        for term, w in curated[topic].items():
            if w <= 0:
                final.pop(term, None)
            else:
                final[term] = w
        for term, w in sorted(final.items(), key=lambda tw: (-tw[1], tw[0])):
            lines.append(f"medtop:{topic}\t{term}\t{w:.3f}")
        print(f"medtop:{topic}: {len(final)} terms", file=sys.stderr)
    header = [
        "# IPTC Media Topics (top level): weighted vocabulary per topic, one term a line: code<TAB>term<TAB>weight.",
        "# Built by scripts/build-topics.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence,",
        "# BSD-style: https://wordnet.princeton.edu/license-and-commercial-use) topic domains and hyponym trees,",
        "# merged with the hand-curated scripts/topics-curated.tsv (articled, same licence as the project).",
        "# Do not edit by hand: edit the curated file or the script and run it again.",
    ]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(header + lines) + "\n")


if __name__ == "__main__":
    main()
    write_verbs()
