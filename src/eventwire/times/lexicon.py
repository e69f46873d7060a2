"""Word tables for time expressions: month and day names, number words, cue words.

Small closed classes of English, kept beside the rules that use them rather than in a data
file: they are grammar, not knowledge a user would swap.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

AMBIGUOUS_MONTHS = frozenset({"may", "march"})
"""Month names that are also common English words: alone they need a cue ("in May")."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI",
}
"""Part of day -> TimeML suffix ("2019-05-05TNI")."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

YEAR_CUES = frozenset({
    "in", "since", "by", "from", "until", "till", "through", "to", "before", "after",
    "during", "of", "early", "late", "mid", "between", "and", "or", "year", "fiscal", "circa",
    "spring", "summer", "autumn", "fall", "winter", "throughout", "as", "for", "the",
    "around", "across", "end", "start", "beginning", "middle", "on",
})
"""Words that, just before a bare four-digit number, make it a year ("since 2011")."""

MONTH_CUES = frozenset({
    "in", "since", "by", "from", "until", "till", "through", "to", "before", "after",
    "during", "of", "early", "late", "mid", "between", "and", "or", "last", "next", "this",
    "throughout", "for", "end", "start", "beginning", "middle", "that", "each", "every",
    "past", "coming", "on",
})
"""Words that, just before a month name standing alone, make it a month ("in May")."""

COUNT_NOUNS = frozenset({
    "people", "persons", "troops", "soldiers", "civilians", "fighters", "refugees",
    "families", "residents", "militants", "rebels", "police", "policemen", "men", "women",
    "children", "dead", "deaths", "casualties", "killed", "wounded", "injured", "cases",
    "homes", "houses", "buildings", "km", "kilometres", "kilometers", "miles", "metres",
    "meters", "tons", "tonnes", "barrels", "dollars", "euros", "pounds", "rounds", "rockets",
    "missiles", "shells", "strikes", "attacks", "times", "votes", "jobs", "shares",
    "members", "students", "workers", "prisoners", "detainees", "hostages", "tanks",
    "vehicles", "aircraft", "jets", "units", "points", "feet", "hours", "minutes", "days",
    "weeks", "months", "years", "more", "others", "of", "delegates", "protesters",
    "demonstrators", "migrants", "staff", "employees", "seats", "bombs", "sorties",
})
"""Nouns that follow a count, not a year ("2000 people")."""

QUANTITY_CUES = frozenset({
    "about", "some", "nearly", "almost", "over", "than", "least", "roughly", "approximately",
    "estimated", "another", "only", "just", "all", "total", "of", "additional", "extra",
    "$", "£", "€", "#", "no.", "number", "route", "resolution", "flight", "highway",
})
"""Words before a bare number that make it a count or a label, not a year."""

IRREGULAR_PAST = frozenset({
    "was", "were", "had", "did", "said", "told", "met", "went", "came", "made", "took",
    "gave", "got", "saw", "left", "fled", "held", "hit", "shot", "fought", "brought", "began",
    "broke", "built", "caught", "chose", "drove", "fell", "felt", "found", "flew", "forgot",
    "froze", "grew", "heard", "hid", "kept", "knew", "led", "lost", "meant", "paid", "put",
    "ran", "rose", "sent", "set", "shook", "shut", "sold", "sought", "spoke", "spent",
    "stood", "stole", "struck", "swore", "taught", "thought", "threw", "understood", "woke",
    "won", "wrote", "bought", "overran", "withdrew", "undertook", "became", "beat", "bit",
    "blew", "bore", "bound", "burst", "cast", "cost", "cut", "dealt", "dug", "drew", "fed",
    "forbade", "forgave", "hung", "hurt", "laid", "lay", "lent", "let", "lit", "quit",
    "read", "rode", "rang", "sank", "sat", "slew", "slid", "split", "spread", "sprang",
    "stuck", "stung", "swept", "swung", "tore", "wore", "wept", "wound", "arose", "awoke",
    "foresaw", "mistook", "overcame", "overthrew", "overtook", "retook", "upheld",
})
"""Past-tense verb forms that do not end in -ed."""

NOT_PAST_ED = frozenset({
    "need", "needed", "feed", "speed", "bed", "seed", "red", "shed", "hundred", "united",
    "proceed", "exceed", "succeed", "indeed", "creed", "breed", "bleed", "freed", "embed",
    "sled", "wed", "led", "fled", "shred", "alleged", "armed", "based", "backed",
    "supported", "affiliated", "linked", "allied", "unidentified", "unnamed", "related",
    "occupied", "disputed", "besieged", "detained", "displaced", "wounded", "injured",
    "killed", "so-called", "advanced", "limited", "concerned", "interested", "planned",
    "scheduled", "expected", "proposed", "continued", "renewed", "increased", "reported",
    "embattled", "rebel-held", "opposition-held", "government-held", "armoured",
    "armored", "coordinated", "organised", "organized", "unexploded", "improvised",
})
"""Words in -ed that are not (or not reliably) a finite past verb: adjectives, participles."""

FUTURE_AUX = frozenset({"will", "'ll", "shall", "won't", "wo", "would", "gonna", "'d"})

FUTURE_GOVERNORS = frozenset({
    "plan", "plans", "planned", "planning", "intend", "intends", "intended", "agree",
    "agrees", "agreed", "schedule", "scheduled", "expect", "expects", "expected", "aim",
    "aims", "aimed", "vow", "vows", "vowed", "promise", "promises", "promised", "threaten",
    "threatens", "threatened", "due", "set", "prepare", "prepares", "prepared", "preparing",
    "hope", "hopes", "hoped", "want", "wants", "wanted", "decide", "decides", "decided",
    "going", "pledge", "pledged", "pledges", "likely", "poised", "ready", "seek", "seeks",
    "sought", "try", "tries", "tried", "able", "invite",
    "invited", "invites", "asked", "ask", "asks", "urge", "urged", "urges", "agreeing",
    "propose", "proposed", "proposes",
})
"""Verbs before "to" whose infinitive looks forward ("agreed to meet on Thursday")."""

PRESENT_FORMS = frozenset({
    "is", "are", "am", "has", "have", "does", "do", "says", "say", "'s", "'re", "remains",
    "remain", "continues", "continue", "seems", "seem",
})

PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have", "'ve", "been"})

CLAUSE_BREAKS = frozenset({
    ";", ":", "(", ")", "\u2014", "\u2013", "\"", "\u201c", "\u201d", "but", "while",
    "whereas", "although", "though", "because", "which", "who", "whom", "whose", "that",
    "when", "after", "before", "since", "until", "if", "unless", "where", "said",
    "says", "told", "added", "according",
})
"""Tokens that end a clause when looking for the verb or event of a time expression."""

PRESENT_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "recently": "PAST_REF", "the present": "PRESENT_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "recent years": "PAST_REF",
    "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent days": "PAST_REF",
}
"""Vague references to now, the past or the future (TimeML PRESENT/PAST/FUTURE_REF).
"Soon" and "previously" are left out: most uses qualify an event rather than name a time."""
