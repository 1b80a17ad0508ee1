"""The subjects auto-replies carry, per language and client (a table, no logic): read by reading/autoreply.py, extended
by config's `replies.auto_reply_subjects`."""

# Subject markers of auto-replies, one plain string each, compared case-insensitively after
# collapsing whitespace and dropping spaces before ':' (French "Réponse automatique :").
# A pattern matches when
#   * the subject starts with it (ignoring leading "[", "(" and spaces), and the next character
#     is not a letter or digit ("Absence:" matches, "Absences of staff" does not), or
#   * it appears anywhere right after "(" or "[" (or full-width "【", "（") ("Re: blah (Automatic Response)",
#     "Re: [Automatyczna odpowiedź] test", "【自动回复】"), or
#   * the pattern itself starts with "*": then it may appear anywhere in the subject (none of the
#     defaults does: "Re: Tom is out of the office, who approves?" is a human subject), or
#   * it starts the subject behind list tags ("[Rd] Abwesenheitsnotiz: …": a mailing list tags what the
#     responder sent), and, when a reply prefix stands among them ("Re: [R] Automatische Antwort: …"), only
#     in a responder's prefix form, followed by ":". So subjects are not simply stripped of "Re:": a human
#     "Re: Out of office next week?" is a reply.
# Lotus Notes titles its notice with the person's name and the absence as the whole subject ("Bernd
# Christian/Icon ist außer Haus.", "<name> is out of the office."): reading/autoreply.py reads it (_LOTUS_SUBJECT_RE).
# Config may extend this tuple with more plain strings (no regex); the rule name that fires is
# "subject:" + the pattern as written here.
DEFAULT_SUBJECT_PATTERNS: tuple[str, ...] = (
    # English (Exchange/Outlook, Gmail users, Lotus Notes "AUTO:", Apple/iCloud, AOL)
    "Automatic reply", "Auto reply", "Auto-Reply", "Autoreply", "Auto response", "Auto-Response",
    "AutoResponse", "Automatic response", "Automated response", "AutoRespons", "Out of Office",
    "Out-of-Office", "Out of the office", "OOO:", "Away from the office", "Away until",
    "Away from my desk", "Away from my mail", "Away from my e-mail", "On vacation", "On leave", "On holiday", "Vacation reply",
    "Vacation response", "AUTO:",
    # German
    "Abwesenheitsnotiz", "Automatische Antwort", "Automatische Rückantwort", "Abwesend",
    "Nicht im Büro", "Außer Haus", "Ausser Haus", "Urlaubsabwesenheit",
    # French
    "Réponse automatique", "Reponse automatique", "Message d'absence", "Absence", "Absent",
    "Hors du bureau", "En congé", "En congés", "Congés", "Congé",  # GroupWise: "Rép. : <subject> (Congés)"
    # Spanish / Portuguese / Italian
    "Respuesta automática", "Respuesta automatica", "Fuera de la oficina", "Ausencia", "Ausente",
    "Resposta automática", "Resposta automatica", "Fora do escritório", "Risposta automatica",
    "Fuori sede", "Fuori ufficio", "Risposta Non al computer", "Assente",
    # Dutch / Scandinavian / Finnish
    "Automatisch antwoord", "Afwezig", "Niet aanwezig", "Buiten kantoor", "Autosvar",
    "Automatiskt svar", "Automatisk svar", "Frånvarande", "Frånvaro", "Ej på kontoret",
    "Ikke på kontoret", "Fraværende", "Fravær", "Automaattinen vastaus", "Automaattinen poissaolovastaus",
    "Poissa toimistolta",
    # Central / Eastern European, Greek, Turkish
    "Automatyczna odpowiedź", "Autoodpowiedź", "Nieobecność", "Poza biurem",
    "Automatická odpověď", "Mimo kancelář", "Automatikus válasz", "Házon kívül",
    "Автоматический ответ", "Автоответ", "Вне офиса", "Нет на месте", "Автоматична відповідь",
    "Αυτόματη απάντηση", "Otomatik yanıt", "Otomatik cevap", "Ofis dışında",
    # Japanese / Chinese / Korean / Hebrew / Arabic
    "自動返信", "自動応答", "不在", "自动回复", "自動回覆", "自動回复", "不在办公室",
    "자동 회신", "자동회신", "부재중", "מענה אוטומטי", "رد تلقائي",
    # Exchange/Outlook's localised "Automatic reply:" in the languages above that lacked it, and in
    # more (bg, hr/sr/bs, sl, et, lv, lt, ca, eu, gl, is, vi, id, ms, th, fa, hi: their wording taken
    # from Outlook's localisations as published; not checked against a live server)
    "Automatická odpoveď", "Răspuns automat", "Otomatik Yanıt", "Автоматичен отговор",
    "Automatski odgovor", "Аутоматски одговор", "Samodejni odgovor", "Automaatvastus",
    "Automātiskā atbilde", "Ārpus biroja", "Automatinis atsakymas", "Resposta automàtica", "Erantzun automatikoa",
    "Sjálfvirkt svar", "Trả lời tự động", "Balasan otomatis", "Balasan automatik",
    "ตอบกลับอัตโนมัติ", "پاسخ خودکار", "स्वचालित उत्तर",
    # where Outlook's own word differs from the one above: Polish "Odpowiedź automatyczna", simplified Chinese
    # "自动答复", Hebrew "תשובה אוטומטית" (and its "out of office", "מחוץ למשרד")
    "Odpowiedź automatyczna", "自动答复", "תשובה אוטומטית", "מחוץ למשרד",
    # Common out-of-office subjects people and webmail responders use (Yandex, Mail.ru, Seznam,
    # Naver, Daum, QQ/163/Foxmail, Apple Mail in these languages)
    "Fora do escritório", "Ausente do escritório", "Frånvaromeddelande", "Fraværsmelding",
    "Fraværsbesked", "Poissaolo", "Nepřítomnost", "Neprítomnosť", "Mimo kancelárie",
    "Irodán kívül", "În afara biroului", "Ofis dışı", "В отпуске", "Автовідповідь", "Поза офісом",
    "Εκτός γραφείου", "不在通知", "不在のお知らせ", "休暇のお知らせ", "假期自动回复", "休假自动回复",
    "不在辦公室", "外出自动回复", "자동응답", "자동 응답", "부재 중", "부재중 자동응답",
    # What templates tell people to title their notice ("Abwesenheit von TT/MM/JJ bis TT/MM/JJ", "notifica di
    # assenza", "afwezigheidsmelding", "mensaje de ausencia"), and RFC 5230-style "Automated reply:"
    "Abwesenheit", "Im Urlaub", "Automated reply", "Notifica di assenza", "Avviso di assenza", "Assenza", "In ferie",
    "Afwezigheidsmelding", "Afwezigheidsbericht", "Afwezigheid", "Op vakantie", "Fuera de oficina",
    "Mensaje de ausencia", "Aviso de ausencia", "De vacaciones", "Mensagem de ausência", "Aviso de ausência",
    "En vacances", "Wiadomość o nieobecności", "Na urlopie", "Poissaoloilmoitus", "Сообщение об отсутствии",
)
