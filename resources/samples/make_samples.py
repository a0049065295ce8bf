"""Writes the sample admin-system exports of docs/admin-imports.md.

Every name, number and address here is made up. Each file is written the
way that system (or Excel) typically writes its pupil export, so the presets
and the encoding detection are tested on what a school really gets:

    uv run python resources/samples/make_samples.py
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

MAGISTER = [  # ;-separated, Windows-1252, dd-mm-jjjj
    ["Stamnr", "Roepnaam", "Tussenv", "Achternaam", "Geb.datum", "Klas", "Studie", "Naam ouder/verzorger",
     "E-mail ouder/verzorger", "Tel. ouder/verzorger"],
    ["10231", "Daniëlle", "van der", "Berg", "14-03-2011", "2A", "havo", "Marieke van der Berg",
     "m.vanderberg@example.nl", "06-12345678"],
    ["10232", "René", "", "Jansen", "02-11-2010", "2B", "vwo", "Joost Jansen", "joost.jansen@example.nl",
     "+31 6 2345 6789"],
    ["10233", "Zoë", "de", "Vries", "29-02-2012", "1C", "havo", "", "", ""],
    ["10234", "Jürgen", "", "Müller", "07-07-2011", "2A", "vmbo", "Petra Müller", "petra.muller@example.nl",
     "0612345679"],
    ["10235", "Chloé", "van", "Dijk", "31-12-2010", "2B", "vwo", "Sanne van Dijk", "sanne.vandijk@example.nl", ""],
]

SOMTODAY = [  # ,-separated, UTF-8 with BOM, dd-mm-jjjj
    ["Leerlingnummer", "Roepnaam", "Voorvoegsel", "Achternaam", "Geboortedatum", "Stamgroep", "Mentor",
     "Verzorger 1 naam", "Verzorger 1 e-mail", "Verzorger 1 telefoon"],
    ["220415", "Sébastien", "", "Bakker", "05-09-2011", "H2a", "Visser, K.", "Anouk Bakker-Çelik",
     "anouk.bakker@example.nl", "06 11 22 33 44"],
    ["220416", "Noël", "ter", "Horst", "18-01-2012", "V1b", "Smit, L.", "Ruud ter Horst", "ruud@example.nl", ""],
    ["220417", "Søren", "", "Ünal", "23-06-2010", "H3c", "Visser, K.", "Aylin Ünal", "aylin.unal@example.nl",
     "+31 20 555 0101"],
    ["220418", "Fleur", "van 't", "Hof", "11-11-2011", "H2a", "Visser, K.", "", "", ""],
]

PARNASSYS = [  # Excel "Unicode text": UTF-16 LE with BOM, tab-separated, dd-mm-jjjj
    ["Leerlingnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Groep", "Ouder 1 naam",
     "Ouder 1 e-mail", "Ouder 1 telefoon"],
    ["5001", "Anaïs", "", "Peeters", "03-04-2017", "Groep 4", "Liesbeth Peeters", "l.peeters@example.nl",
     "06-98765432"],
    ["5002", "Bjørn", "de", "Groot", "21-08-2016", "Groep 5", "Kees de Groot", "kees.degroot@example.nl", ""],
    ["5003", "Élise", "van den", "Broek", "09-12-2018", "Groep 3", "Ilse van den Broek", "ilse@example.nl",
     "010-1234567"],
    ["5004", "Lotte", "", "Küçük", "30-05-2017", "Groep 4", "", "", ""],
]

UNI_LOGIN = [  # ;-separated, UTF-8, dd.mm.åååå
    ["UNI-Login", "Fornavn", "Efternavn", "Klasse", "Fødselsdato", "Forælder navn", "Forælder e-mail",
     "Forælder telefon"],
    ["sofi4821", "Sofie", "Kjær", "7.A", "12.03.2013", "Hanne Kjær", "hanne.kjaer@example.dk", "+45 20 12 34 56"],
    ["frede3310", "Frederik", "Højgaard", "7.A", "01.10.2012", "Niels Højgaard", "niels@example.dk", "31 23 45 67"],
    ["aase9012", "Åse", "Søndergård", "8.B", "28.02.2012", "Birgitte Søndergård", "birgitte@example.dk", ""],
    ["oejv7755", "Øjvind", "Bæk", "6.C", "15.06.2014", "", "", ""],
]

LECTIO = [  # .xlsx; birth dates are Excel date cells, pupil numbers are numbers
    ["Elevnummer", "Navn", "Klasse", "Fødselsdato", "Kontaktperson", "Kontaktperson e-mail",
     "Kontaktperson telefon"],
    [80111, "Emil Strøm", "1.x", date(2009, 4, 2), "Lone Strøm", "lone.strom@example.dk", "40 11 22 33"],
    [80112, "Ida Brøndum Nørgaard", "1.x", date(2009, 11, 19), "Peter Nørgaard", "peter@example.dk", ""],
    [80113, "Clémence Dubois", "2.b", date(2008, 1, 7), "", "", ""],
    [80114, "Asbjørn Lund", "3.c", date(2007, 8, 30), "Mette Lund", "mette.lund@example.dk", "+45 50 60 70 80"],
]


def _text(rows: list[list[str]], sep: str) -> str:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def main() -> None:
    (HERE / "magister-leerlingen.csv").write_bytes(_text(MAGISTER, ";").encode("cp1252"))
    (HERE / "somtoday-leerlingen.csv").write_bytes(_text(SOMTODAY, ",").encode("utf-8-sig"))
    (HERE / "parnassys-leerlingen.txt").write_bytes(_text(PARNASSYS, "\t").encode("utf-16"))  # LE with BOM
    (HERE / "uni-login-elever.csv").write_bytes(_text(UNI_LOGIN, ";").encode("utf-8"))
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Elever"
    for row in LECTIO:
        ws.append(row)
    for cell in ws["D"][1:]:
        cell.number_format = "DD-MM-YYYY"
    wb.save(HERE / "lectio-elever.xlsx")


if __name__ == "__main__":
    main()
