"""The reports as PDF (fpdf2), in DejaVu Sans bundled under ``resources/fonts``
(any Danish, Dutch or other Latin letter renders). fpdf2 is imported inside
the functions only: nothing else pays for it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .texts import CHANNEL_LABELS, Translate, human_date, tr

if TYPE_CHECKING:
    from fpdf import FPDF


def _font_files() -> tuple[Path, Path]:
    """DejaVu Sans regular and bold: bundled under resources/fonts, else the system's."""
    candidates: list[Path] = []
    try:
        from mediadesk.resources import resource_path

        candidates.append(resource_path("fonts"))
    except FileNotFoundError:  # pragma: no cover - broken install
        pass
    candidates += [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
    for d in candidates:
        reg, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if reg.is_file() and bold.is_file():
            return reg, bold
    raise FileNotFoundError("DejaVu Sans not found (expected in resources/fonts)")


_GREEN, _AMBER, _RED, _GREY = (214, 240, 217), (253, 235, 200), (248, 215, 215), (240, 240, 240)
_INK, _MUTED, _RULE = (25, 25, 25), (100, 100, 100), (180, 180, 180)


def _new_pdf(orientation: str, footer: str, title: str, lang: str) -> FPDF:
    from fpdf import FPDF

    class _Doc(FPDF):
        def footer(self) -> None:  # noqa: D401 - fpdf hook
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(*_MUTED)
            self.cell(0, 6, footer.replace("{page}", str(self.page_no())), align="C")
            self.set_text_color(*_INK)

    reg, bold = _font_files()
    pdf = _Doc(orientation=orientation, unit="mm", format="A4")
    pdf.add_font("DejaVu", "", str(reg))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.set_title(title)
    pdf.set_creator("MediaDesk")
    pdf.set_lang({"en": "en", "da": "da", "nl": "nl"}.get(lang, "en"))
    pdf.alias_nb_pages()
    pdf.set_text_color(*_INK)
    return pdf


def _heading(pdf: FPDF, text: str, size: float = 14) -> None:
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
    y = pdf.get_y() + 1
    pdf.set_draw_color(*_RULE)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)


def _para(pdf: FPDF, text: str, size: float = 10, color: tuple[int, int, int] = _INK) -> None:
    pdf.set_font("DejaVu", "", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(*_INK)
    pdf.ln(1)


def _kv_table(pdf: FPDF, rows: list[tuple[str, str]], first: float = 55) -> None:
    from fpdf.fonts import FontFace

    pdf.set_font("DejaVu", "", 10)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    with pdf.table(
        col_widths=(first, width - first), first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
        line_height=5.5, padding=1.2, text_align="LEFT", v_align="TOP",
    ) as table:
        for k, v in rows:
            row = table.row()
            row.cell(k, style=FontFace(color=_MUTED))
            row.cell(v or "–")
    pdf.ln(2)


def person_report_pdf(report: dict[str, Any], cache_dir: Path | None = None, lang: str = "en") -> bytes:
    """The person report as a PDF a parent can read."""
    from fpdf.fonts import FontFace

    from mediadesk.media.thumbs import thumbnail_path

    t = tr(lang)
    p = report["person"]
    name = p["name"]
    gen_date = human_date(report["on"], lang)
    pdf = _new_pdf("P", t("footer", date=gen_date, by=report["generated_by"], page="{page}"),
                   t("person_title", name=name), lang)
    pdf.add_page()
    controller = report.get("controller") or {}
    _logo(pdf, controller.get("logo"))
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(*_MUTED)
    pdf.cell(0, 5, controller.get("name") or "MediaDesk", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*_INK)
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, t("person_title", name=name), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    _para(pdf, t("person_intro", name=name, date=gen_date))

    # 0. who is responsible (never left out: a missing value says "not set")
    _heading(pdf, t("controller_h"))
    _kv_table(pdf, controller_rows(report, t), first=84)

    # 1. details
    guardian = ", ".join(v for v in (p.get("guardian_name"), p.get("guardian_email"), p.get("guardian_phone")) if v)
    _heading(pdf, t("details"))
    _kv_table(pdf, [
        (t("name"), name),
        (t("external_id"), p["external_id"] or ""),
        (t("role"), t(p["role"])),
        (t("birth_date"), human_date(p["birth_date"], lang)),
        (t("group"), p["group"] or ""),
        (t("ban"), t("yes") if p["publication_ban"] else t("no")),
        *([(t("guardian_contact"), guardian)] if guardian else []),
    ])

    # 2. consent forms
    _heading(pdf, t("forms"))
    if not report["consent_forms"]:
        _para(pdf, t("no_forms"))
    for n, c in enumerate(report["consent_forms"], 1):
        if pdf.get_y() > pdf.h - 95:  # keep a form on one page
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, t("form_n", n=n, date=human_date(c["signed_on"], lang)), new_x="LMARGIN", new_y="NEXT", align="L")
        status = {
            "in_force": t("st_in_force"),
            "withdrawn": t("st_withdrawn", date=human_date(c["revoked_on"], lang)),
            "ended": t("st_ended", date=human_date(c["valid_until"], lang)),
            "not_yet_valid": t("st_not_yet_valid", date=human_date(c["valid_from"], lang)),
            "superseded": t("st_superseded", date=human_date(c.get("superseded_by") or "", lang)),
        }[c["status"]]
        if c["status"] != "withdrawn" and c["revoked_on"]:
            status += " · " + t("st_withdrawn", date=human_date(c["revoked_on"], lang))
        ev = c["evidence"] or {}
        rows = [
            (t("status"), status),
            (t("signed_by"), t("guardian", name=c["guardian_name"] or "") if c["granted_by"] == "guardian" else t("self", name=name)),
            (t("channels"), ", ".join(CHANNEL_LABELS.get(ch, ch) for ch in c["channels"])),
            (t("media"), ", ".join(t(m) for m in c["media"])),
            (t("valid"), t("from_to", a=human_date(c["valid_from"], lang), b=human_date(c["valid_until"], lang))),
            (t("biometric"), t("yes") if c["biometric"] else t("no")),
            (t("source"), t(c["source"]) + (f" ({c['text_version']})" if c["text_version"] else "")),
        ]
        if ev:
            rows.append((t("evidence"), Path(ev["file"]).name if ev.get("file") else "–"))
            rows.append((t("sha"), ev.get("sha256") or "–"))
        if c.get("explained_at"):
            rows.append((t("explained"), t("explained_v", date=human_date(c["explained_at"], lang),
                                           lang=t("lang_" + (c.get("explained_in") or "en")))))
        rows.append((t("recorded"), f"{c['recorded_by']}, {human_date(c['recorded_at'], lang)}"))
        _kv_table(pdf, rows)

    if report.get("consent_today"):
        _heading(pdf, t("today"), 12)
        _kv_table(pdf, [
            (CHANNEL_LABELS.get(ch, ch), ", ".join(t(k) for k in kinds) if kinds else t("today_none"))
            for ch, kinds in report["consent_today"].items()
        ])

    # 3. assets
    _heading(pdf, t("assets", name=name))
    assets = report["assets"]
    if not assets:
        _para(pdf, t("no_assets", name=name))
    else:
        _para(pdf, t("asset_n", n=len(assets)), color=_MUTED)
        width = pdf.w - pdf.l_margin - pdf.r_margin
        with pdf.table(
            col_widths=(34, width - 34), first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
            line_height=5.2, padding=1.5, text_align="LEFT", v_align="TOP",
        ) as table:
            for a in assets:
                row = table.row()
                thumb = thumbnail_path(cache_dir, a["sha256"], 256) if cache_dir else None
                if thumb is not None and thumb.is_file():
                    row.cell(img=str(thumb), img_fill_width=True)
                else:
                    row.cell(t("no_thumb"), style=FontFace(color=_MUTED, size_pt=8))
                lines = [
                    f"{t('event')}: {a['event'] or '–'}",
                    f"{t('taken')}: {human_date(a['capture_time'], lang) or '–'}",
                    f"{t('file')}: {Path(a['path']).name}",
                    f"{t('kind')}: {t(a['kind'])} · {t('identified')}: {t('how_face') if a['how'] == 'face' else t('how_tagged')}",
                ]
                row.cell("\n".join(lines))

    # 4. publications
    _heading(pdf, t("pubs"))
    pubs = report["publications"]
    if not pubs:
        _para(pdf, t("no_pubs"))
    else:
        width = pdf.w - pdf.l_margin - pdf.r_margin
        files = {a["asset"]: Path(a["path"]).name for a in assets}
        with pdf.table(
            col_widths=(28, 26, width - 28 - 26 - 40, 40), borders_layout="HORIZONTAL_LINES",
            line_height=5.2, padding=1.2, text_align="LEFT", v_align="TOP",
            headings_style=FontFace(emphasis="BOLD", fill_color=_GREY),
        ) as table:
            head = table.row()
            for h in (t("date"), t("channel"), t("where"), t("pub_status")):
                head.cell(h)
            for pb in pubs:
                row = table.row()
                row.cell(human_date(pb["published_on"], lang))
                row.cell(CHANNEL_LABELS.get(pb["channel"], pb["channel"]))
                where = [w for w in (pb["where"], Path(pb["file"]).name if pb["file"] else None) if w]
                row.cell(f"{files.get(pb['asset'], '')}\n→ " + (" · ".join(where) or "–"))
                if pb["undone"]:
                    st = t("undone")
                elif pb["taken_down_at"]:
                    st = t("taken_down", date=human_date(pb["taken_down_at"][:10], lang))
                else:
                    st = t("live")
                row.cell(st)

    # 5. face data
    _heading(pdf, t("faces"))
    n = report["face_templates"]["count"]
    _para(pdf, t("templates_some", n=n, name=name) if n else t("templates_none", name=name))
    if report.get("pending_face_suggestions"):
        _para(pdf, t("pending", n=report["pending_face_suggestions"]))

    # 6. requests and complaints logged (issue 14)
    if "requests" in report:
        _requests_section(pdf, report["requests"], t, lang)
    if report.get("renewal"):
        _renewal_section(pdf, report["renewal"], t, lang)

    # 7. why, how long, your rights, where to complain
    _rights_section(pdf, report, t)
    return bytes(pdf.output())


def _logo(pdf: FPDF, path: str | None) -> None:
    """The school's logo in the top right corner; a missing or broken file
    leaves it out (the school's name is printed anyway)."""
    if not path or not Path(path).is_file():
        return
    try:
        pdf.image(path, x=pdf.w - pdf.r_margin - 40, y=7, h=12, keep_aspect_ratio=True, w=40)
    except Exception:  # noqa: BLE001 - the report matters more than the logo
        return


def controller_rows(report: dict[str, Any], t: Translate) -> list[tuple[str, str]]:
    """The controller and DPO lines: every one shown, "not set" where empty."""
    c = report.get("controller") or {}
    d = report.get("dpo") or {}
    missing = t("not_set")
    return [
        (t("controller"), c.get("name") or missing),
        (t("address"), c.get("address") or missing),
        (t("dpo"), d.get("name") or missing),
        (t("email"), d.get("email") or missing),
        (t("phone"), d.get("phone") or missing),
    ]


def complaint_line(report: dict[str, Any], t: Translate) -> str:
    sa = report.get("supervisory_authority")
    return t("complaint", name=sa["name"], url=sa["url"]) if sa else t("complaint_generic")


def _rights_section(pdf: FPDF, report: dict[str, Any], t: Translate) -> None:
    months = (report.get("retention") or {}).get("dispute_period_months") or 6
    _heading(pdf, t("purposes_h"))
    _para(pdf, t("purposes"))
    _heading(pdf, t("retention_h"))
    _para(pdf, t("retention", months=months))
    if pdf.get_y() > pdf.h - 80:  # the rights and where to complain on one page
        pdf.add_page()
    _heading(pdf, t("rights_h"))
    for line in cast(list[str], t("rights")):  # the one text that is a list of lines (texts._T)
        _para(pdf, f"•  {line}")
    _para(pdf, t("rights_how"))
    d = report.get("dpo") or {}
    contact = " · ".join(v for v in (d.get("name"), d.get("email"), d.get("phone")) if v)
    _para(pdf, f"{t('dpo')}: {contact or t('not_set')}")
    if pdf.get_y() > pdf.h - 35:  # the complaint line is never split over two pages
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5, complaint_line(report, t), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("DejaVu", "", 10)


def _renewal_section(pdf: Any, rounds: list[dict[str, Any]], t: Any, lang: str) -> None:
    """The yearly renewal rounds the person was asked in, and whether the form came back."""
    _heading(pdf, t("renewal_h"))
    for r in rounds:
        why = ", ".join(t("renewal_" + code) for code in r["reasons"])
        back = t("renewal_back", date=human_date(r["returned_on"], lang)) if r["returned_on"] else t("renewal_not_back")
        _kv_table(pdf, [
            (t("renewal_year"), r["school_year"] + (f" · {r['class']}" if r.get("class") else "")),
            (t("renewal_asked"), f"{human_date(r['asked_at'], lang)}: {why}"),
            (t("renewal_signer"), t("renewal_self") if r["signer"] == "self" else t("renewal_guardian")),
            (t("status"), back),
        ])


def _requests_section(pdf: FPDF, requests: list[dict[str, Any]], t: Translate, lang: str) -> None:
    _heading(pdf, t("requests_h"))
    if not requests:
        _para(pdf, t("no_requests"))
        return
    for r in requests:
        status = (t("req_closed", date=human_date(r.get("handled_on"), lang)) if r.get("handled_on")
                  else t("req_open"))
        rows = [
            (t("req_kind"), t("kind_" + r["kind"])),
            (t("req_received"), human_date(r.get("received_on"), lang)),
            (t("req_note"), r.get("description") or "–"),
            (t("status"), status),
        ]
        if r.get("handling"):
            rows.append((t("req_handling"), r["handling"]))
        _kv_table(pdf, rows)


def consent_overview_pdf(report: dict[str, Any], lang: str = "en") -> bytes:
    """The consent overview: one table per class, a column per channel."""
    from fpdf.fonts import FontFace

    t = tr(lang)
    gen_date = human_date(report["on"], lang)
    pdf = _new_pdf("L", t("footer", date=gen_date, by=report["generated_by"], page="{page}"), t("ov_title"), lang)
    pdf.set_margins(12, 12, 12)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, f"{t('ov_title')} · {gen_date}", new_x="LMARGIN", new_y="NEXT")
    _para(pdf, t("ov_intro", date=gen_date, days=report["days"], age=report["age_of_consent"]), 9, _MUTED)
    channels = report["channels"]
    people = {r["person"]: r for r in report["people"]}
    width = pdf.w - pdf.l_margin - pdf.r_margin
    name_w, turns_w = 52, 24
    ch_w = (width - name_w - turns_w) / max(1, len(channels))
    fills = {"valid": _GREEN, "expiring": _AMBER, "none": _RED}
    for g in report["groups"]:
        title = t("ov_group", group=g["group"]) if g["group"] else t("ov_nogroup")
        _heading(pdf, f"{title}  ({t('ov_people', n=g['people'])})", 13)
        members = [people[pid] for pid in {pid: None for ch in channels for b in g["channels"][ch].values() for pid in b}]
        members.sort(key=lambda r: (r["name"].casefold(), r["person"] or ""))
        pdf.set_font("DejaVu", "", 8)
        with pdf.table(
            col_widths=(name_w, *([ch_w] * len(channels)), turns_w), line_height=4.2, padding=1,
            text_align="LEFT", v_align="TOP", borders_layout="ALL",
            headings_style=FontFace(emphasis="BOLD", fill_color=_GREY), repeat_headings=1,
        ) as table:
            head = table.row()
            head.cell(t("name"))
            for ch in channels:
                head.cell(CHANNEL_LABELS.get(ch, ch))
            head.cell(t("ov_turns", age=report["age_of_consent"]))
            for r in members:
                row = table.row()
                row.cell(f"{r['name']}\n{r['person']}")
                for ch in channels:
                    c = r["channels"][ch]
                    if c["status"] == "none":
                        text = "✗ " + ", ".join(t("code_" + code) for code in c["codes"][:2])
                    else:
                        text = "✓ " + ", ".join(t(m) for m in c["media"])
                        if c["status"] == "expiring":
                            text += "\n" + t("ov_until", date=human_date(c["until"], lang))
                    row.cell(text, style=FontFace(fill_color=fills[c["status"]]))
                row.cell(human_date(r["reaches_age_of_consent_on"], lang))
        reaching = g["reaching_age_of_consent"]
        if reaching:
            pdf.ln(1)
            _para(pdf, t("ov_reaching", age=report["age_of_consent"], days=report["days"]) + ":", 9)
            for x in reaching:
                _para(pdf, f"   • {x['name']} ({x['person']}): {human_date(x['on'], lang)}", 9)
    if report.get("missing_birth_date"):
        pdf.ln(2)
        _para(pdf, t("ov_missing_birth", ids=", ".join(report["missing_birth_date"])), 9, _MUTED)
    return bytes(pdf.output())

