"""Currencies of the world as English news copy writes them after a sum ('400,000 kina', '12
million lira', '5 million Rwandan francs') and their ISO 4217 codes ('PGK 400,000', '2.5 billion
KZT'). Split from lexicon.py, which re-exports them; figures.py reads them."""

from __future__ import annotations

# Names written in the singular; the plural is the name and an 's' ('cedis', 'kwanzas') unless
# it is one of _PLURALS or the same word ('400,000 kina', '1,000 yen').
_NAMES = (
    # the Americas
    "dollar peso real boliviano sol guaraní guarani colón colon córdoba cordoba quetzal lempira "
    "balboa bolívar bolivar gourde "
    # Europe
    "euro pound crown franc lira krona krone króna lev leu forint zloty złoty koruna kuna hryvnia rouble "
    "ruble lek denar dinar mark "
    # Africa
    "rand naira cedi shilling birr kwacha kwanza metical ariary ouguiya dalasi leone nakfa pula "
    "loti lilangeni dirham "
    # Asia and the Middle East
    "yen yuan renminbi won rupee rupiah baht ringgit dong kip riel kyat taka ngultrum afghani "
    "tenge som somoni manat lari dram rial riyal shekel tugrik tögrög pataca rufiyaa "
    # the Pacific
    "kina tala vatu pa'anga paanga "
    # the small coins
    "cent penny kopeck kopek centime centavo paisa fils halala").split()
# Irregular plurals ('200,000 lei', '3 million reais') and words that never take an 's'.
_PLURALS = ("reais lei leva maloti emalangeni meticais pence paise kronor kronur krónur kroner "
            "korunas koruny guaraníes quetzales lempiras colones córdobas bolívares bolivianos soles "
            "tugriks zlotys złotys hryvnias dirhams").split()
_SAME = frozenset("yen yuan renminbi won rupiah baht ringgit dong kip riel kyat taka tenge som "
                  "somoni kina tala vatu pa'anga paanga naira rand birr kwacha lari pula loti "
                  "ngultrum rufiyaa ouguiya ariary fils".split())
# Singular forms that are common English words after a number ('3 sol' a Martian day, 'a 2
# mark', '5 pound bag', 'a 2 crown'): only their plural is drafted as money.
_NOT_SINGULAR = frozenset("sol mark pound crown real dram lev penny cent".split())

CURRENCIES = tuple(sorted(
    {name for name in _NAMES if name not in _NOT_SINGULAR}
    | {f"{name}s" for name in _NAMES if name not in _SAME} | set(_PLURALS)))

# ISO 4217 codes, written in capitals before or after a sum: only those that are no English word
# and nothing else news writes before a number in capitals ('ALL', 'TOP', 'PEN', 'CUP', 'MAD',
# 'TRY', 'GEL', 'BOB', 'MOP', 'SOS', 'BAM', 'PHP 8', 'RON 95' petrol, 'COP28', 'SDG 6', 'CVE', the
# chip maker 'AMD', Indonesia's utility 'PLN', 'NPR' left out).
CURRENCY_CODES = tuple(
    "USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD TWD KRW INR PKR BDT LKR IDR MYR THB VND "
    "KHR LAK MMK MNT KZT KGS UZS TJS TMT AZN AFN IRR IQD SAR AED QAR KWD BHD OMR JOD ILS EGP "
    "LBP SYP YER TND DZD LYD NGN GHS KES UGX TZS RWF BIF ETB ZMW MWK MZN AOA NAD BWP ZAR SZL LSL "
    "MUR MGA XOF XAF CDF SSP ERN DJF GMD SLL SLE LRD GNF STN SCR RUB UAH BYN MDL BGN "
    "HUF CZK SEK NOK DKK ISK RSD MKD BRL ARS CLP UYU PYG VES MXN GTQ HNL NIO "
    "CRC PAB DOP JMD TTD HTG FJD WST SBD VUV PGK XPF".split())
