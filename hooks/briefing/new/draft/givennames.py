"""Given names and the gender they usually mark, read from gender-guesser's name dictionary
(about 45,000 given names of 54 countries, offline, shipped with the package).

Two uses in the draft: a capitalised run that opens with a given name ('Ignacio Corleto
scored') is a person's name even with no title or speech verb beside it; and a pronoun ('she
said') points back only to someone whose name, title or honorific does not say otherwise.
A name the dictionary gives both genders ('Kim', 'Jan', 'Andrea') marks none.
"""

from __future__ import annotations

import importlib.resources
import unicodedata
from functools import lru_cache

# The dictionary's codes: M male, 1M / ?M mostly male, F female, 1F / ?F mostly female,
# ? either.
_CODES = {"M": "male", "1M": "male", "?M": "male", "F": "female", "1F": "female",
          "?F": "female", "?": ""}


# Given names the dictionary lacks, common in news from Southern, West and East Africa, South Asia
# and Southeast Asia (round 13: 'said Thabo Mokoena, a rock drill operator' drafted a body, 'Thabo'
# being unknown; 'Rohit', 'Kushal', 'Oluwaseun', 'Wanjiru', 'Tesfaye', 'Prabowo' were unknown too).
# The dictionary's own entry wins where it has one.
_ADDED_MALE = (
    "Thabo Sipho Themba Bongani Mandla Tshepo Nkosinathi Sibusiso Lwazi Sizwe Thulani Siyabonga "
    "Mxolisi Vusi Jabulani Mzwandile Lubabalo Andile Bheki Dumisani Khaya Tumelo Kabelo Oupa Fungai "
    "Babatunde Tunde Olumide Chinedu Obinna Emeka Chukwuemeka Ikechukwu Nnamdi Chidi Chibuike "
    "Olusegun Segun Adebayo Kayode Akinwumi Adewale Oluwafemi Yakubu Abubakar Kwame Kwabena Kwaku "
    "Kwasi Ousmane Ibrahima Cheikh Modou Souleymane Boubacar Seydou Amadou Kamau Otieno Ochieng "
    "Odhiambo Onyango Omondi Wafula Wekesa Kipchoge Kiprono Kiptoo Kimani Mwangi Njoroge Kariuki "
    "Mulugeta Tesfaye Abebe Dawit Yonas Getachew Alemayehu Berhanu Tewodros Girma Bekele Abiy "
    "Kebede Mesfin Yohannes Rohit Nitin Virat Kushal Ajinkya Shreyas Hardik Jasprit Ravindra "
    "Shubman Suryakumar Sompal Prabowo Budi Agus Bambang Susilo Airlangga Anies Ganjar Mahfud "
    "Gibran Somchai Prayut Thaksin Srettha Anutin")
_ADDED_FEMALE = (
    "Nomvula Lindiwe Thandiwe Zanele Busisiwe Nomsa Zodwa Lerato Palesa Thandeka Nokuthula Ntombi "
    "Nosipho Zinhle Nomzamo Naledi Boitumelo Dineo Refilwe Mamello Chipo Rudo Rumbidzai Nokwanda "
    "Sibongile Khanyisile Folake Ngozi Chiamaka Adaeze Funmilayo Yetunde Bukola Titilayo Oluwakemi "
    "Kemi Nkechi Chioma Amaka Ifeoma Adaobi Akosua Abena Adwoa Afua Efua Fatoumata Aissatou Mariama "
    "Ndeye Khady Coumba Wanjiru Wambui Njeri Achieng Atieno Akinyi Adhiambo Awino Nyokabi Wanjiku "
    "Wairimu Neema Rehema Zawadi Meseret Tigist Tsion Hirut Mekdes Genet Aishwarya Mamata Mayawati "
    "Puan Retno Yingluck Paetongtarn")
_ADDED_EITHER = (
    "Kagiso Mpho Katlego Ayanda Lungile Lethabo Lesego Tebogo Karabo Tendai Tatenda Farai Tafadzwa "
    "Kudakwashe Tinashe Tapiwa Takudzwa Nyasha Oluwaseun Ayodele Mobolaji Abimbola Uche Baraka")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """lower-case given name -> 'male', 'female' or '' (either)."""
    path = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or len(line) < 4:
                continue
            gender = _CODES.get(line[:2].strip())
            if gender is None:
                continue
            name = line[3:29].strip().lower()
            # 'Abdel+Aziz': written 'Abdelaziz', 'Abdel Aziz' or 'Abdel-Aziz'
            forms = (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")) \
                if "+" in name else (name,)
            for form in forms:
                seen = table.setdefault(form, gender)
                if seen != gender:
                    table[form] = ""
    for names, gender in ((_ADDED_MALE, "male"), (_ADDED_FEMALE, "female"), (_ADDED_EITHER, "")):
        for name in names.split():
            table.setdefault(name.lower(), gender)
    return table


# Given names cut short with a full stop, as names.GIVEN_SHORT opens a name with them: the
# Philippines' and Spain's 'Ma.' for María (round 17: 'Ma. Lourdes Villanueva-Cruz'), 'Wm.', 'Chas.'.
_SHORT = {"Ma.": "maria", "Md.": "mohammad", "Mohd.": "mohammad", "Muhd.": "mohammad",
          "Wm.": "william", "Chas.": "charles", "Thos.": "thomas", "Jas.": "james",
          "Fco.": "francisco"}


def _key(word: str) -> str:
    """The dictionary's form of a name: as written, lower-case; else without its accents ('Xóchitl'
    is 'xochitl': the dictionary writes most names' accents in its own code, or not at all)."""
    if word in _SHORT:
        return _SHORT[word]
    lowered = word.lower()
    if lowered in _table() or lowered.isascii():
        return lowered
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()


def is_given_name(word: str) -> bool:
    """'Jean-Pierre', 'Marie-Claire': a hyphenated given name whose parts are both given names."""
    lowered = _key(word)
    return lowered in _table() or "-" in lowered and all(p in _table() for p in lowered.split("-"))


def gender_of(word: str) -> str | None:
    """'male' or 'female' when the dictionary gives the name one gender only, else None."""
    return _table().get(_key(word)) or None
