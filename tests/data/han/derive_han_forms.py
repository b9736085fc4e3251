#!/usr/bin/python3
"""Derives the Chinese rows of plugins/data/han-forms.tsv from Debian's packages (run by hand, not by the build).

Sources: ICU's Simplified-Traditional transliterator (icu-devtools' uconv), Unicode's Unihan database
(unicode-data: kJoyoKanji, kJinmeiyoKanji, kJis0, variants) and MeCab's IPADIC sources (mecab-ipadic).
A simplified form is folded unless Japanese uses it: Joyo or Jinmeiyo, JIS X 0208 (what Japanese text could
be written in before Unicode), or a character of an IPADIC word. Its traditional form (ICU's choice) is then
written the Japanese way: the old-form table already in han-forms.tsv, Unihan's Jinmeiyo old forms, or the one
Joyo/Jinmeiyo character KANJIDIC (kanjidic) cross-refers it to, or among its Unihan Z and semantic variants. Prints rows `FORM<TAB>STANDARD<TAB>KIND`
on stdout and what it left out, with the evidence, on stderr.

Usage: derive_han_forms.py plugins/data/han-forms.tsv > rows.tsv
"""
import bz2
import collections
import glob
import subprocess
import sys
import unicodedata

UNIHAN = "/usr/share/unicode/Unihan_%s.txt.bz2"
IPADIC = "/usr/share/mecab/dic/ipadic/*.csv"
KANJIDIC = "/usr/share/edict/kanjidic"

# Simplified forms in JIS X 0208 whose traditional form Japanese prints too, in Chinese names (胡錦濤 and
# 胡錦涛, 張又俠 and 張又侠, 蔣介石 and 蒋介石, 李幹傑): the pair folds to the form IPADIC has more words with, so
# that MeCab still knows the word (胡錦涛, 怒涛, 任侠, 蒋介石 are IPADIC words; 濤, 俠, 蔣 are in none; 傑 in 17,
# 杰 in 1).
ONE_OF_A_PAIR = set("涛侠蒋杰")
# Simplified forms of several traditional ones where ICU's choice is not the one names use: 钟 is 鍾 as a family
# name (鍾山, 鍾南山 in the Japanese press), 鐘 (a bell) only as a word.
TRADITIONAL_OF_NAMES = {"钟": "鍾"}
# Traditional forms whose Unihan variant in Japanese use is another word or a radical, not their Japanese form.
NOT_THEIR_VARIANT = set("檉檟戧顥擄絝褲糹訁釒飠綢譚馭鯰")


def unihan(part, fields):
    out = collections.defaultdict(dict)
    with bz2.open(UNIHAN % part, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("U+"):
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            if field in fields:
                out[field][chr(int(cp[2:], 16))] = value
    return out


def chars(value):
    return [chr(int(v.split("<")[0][2:], 16)) for v in value.split()]


def old_forms(path):
    """The hand-written rows of han-forms.tsv (kind `old`): old and variant kanji -> standard form."""
    table = {}
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(fields) >= 3 and fields[2] == "old":
            table[fields[0]] = fields[1]
    return table


def kanjidic_variants():
    """KANJIDIC's cross-references to JIS X 0208 kanji (XJ0): 圖 -> 図, 經 -> 経."""
    by_jis, refs = {}, {}
    for line in open(KANJIDIC, encoding="euc-jp", errors="replace"):
        fields = line.split(" ")
        if line.startswith("#") or len(fields) < 2:
            continue
        by_jis[fields[1]] = fields[0]
        refs[fields[0]] = [f[3:] for f in fields if f.startswith("XJ0")]
    return {c: [by_jis[r] for r in rs if r in by_jis] for c, rs in refs.items()}


def ipadic_counts():
    counts = collections.Counter()
    for path in glob.glob(IPADIC):
        for line in open(path, encoding="euc-jp", errors="replace"):
            counts.update(set(line.split(",", 1)[0]))
    return counts


def icu_traditional(candidates):
    text = "\n".join(candidates) + "\n"
    out = subprocess.run(["uconv", "-f", "utf-8", "-t", "utf-8", "-x", "Simplified-Traditional"],
                         input=text, capture_output=True, text=True, check=True).stdout
    return dict(zip(candidates, out.split("\n")))


def main():
    old = old_forms(sys.argv[1])
    mappings = unihan("OtherMappings", {"kJoyoKanji", "kJinmeiyoKanji", "kJis0"})
    variants = unihan("Variants", {"kZVariant", "kSemanticVariant"})
    japanese = set(mappings["kJoyoKanji"])
    jinmei_old = {}
    for c, v in mappings["kJinmeiyoKanji"].items():
        if ":" in v:
            jinmei_old[c] = chr(int(v.split(":U+")[1], 16))
        else:
            japanese.add(c)
    jis = set(mappings["kJis0"])
    related = collections.defaultdict(set)
    for field in variants.values():
        for c, v in field.items():
            for d in chars(v):
                related[c].add(d)
                related[d].add(c)
    ipadic = ipadic_counts()
    kanjidic = kanjidic_variants()

    def japanese_form(t):
        if t in old:
            return old[t]
        if t in jinmei_old and unicodedata.normalize("NFKC", jinmei_old[t]) == jinmei_old[t]:
            return jinmei_old[t]
        if t in japanese:
            return t
        choices = [d for d in kanjidic.get(t, []) if d in japanese]
        if len(choices) == 1:
            return choices[0]
        choices = sorted(d for d in related[t] if d in japanese and t not in NOT_THEIR_VARIANT)
        if len(choices) == 1:
            if t in jis:
                print("variant\t%s\t%s\tjis0208" % (t, choices[0]), file=sys.stderr)
            return choices[0]
        return t

    han = [chr(c) for c in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000))]
    traditional = icu_traditional(han)
    rows = {}
    for s in han:
        t = TRADITIONAL_OF_NAMES.get(s, traditional[s])
        if len(t) != 1 or t == s or s in old:
            continue
        if unicodedata.normalize("NFKC", s) != s or unicodedata.normalize("NFKC", t) != t:
            continue  # NFKC runs first: such a form never reaches the fold
        if s in ONE_OF_A_PAIR:
            form, standard = (s, t) if ipadic[t] > ipadic[s] else (t, s)
            rows[form] = (standard, "simplified" if form == s else "traditional")
            continue
        if s in japanese or s in jis or ipadic[s]:
            if s in japanese and t not in old and japanese_form(t) == s:
                rows[t] = (s, "traditional")  # 區 -> 区: Japanese writes the form Chinese simplified
            print("kept\t%s\t%s\tjoyo/jinmei=%d jis0208=%d ipadic=%d" % (s, t, s in japanese, s in jis, ipadic[s]),
                  file=sys.stderr)
            continue
        rows[s] = (japanese_form(t), "simplified")
        j = japanese_form(t)
        if j != t and t not in old and t not in japanese:
            rows.setdefault(t, (j, "traditional"))
    for form, (standard, kind) in sorted(rows.items()):
        print("%s\t%s\t%s" % (form, standard, kind))


main()
