"""Rebuild the .eml files and both labels.tsv files here from SOURCES (run once by hand; nothing reads this at
test time, and the files are never read at run time).

Every mail is real: an out-of-office notice (or a person's note about an absence) that a third party published
inside a project's test fixtures or pasted into a public bug report. Files taken from a repository are copied
byte for byte from `git show COMMIT:PATH` of a local mirror (`--mirror DIR`, one `owner+name/repo` per repository,
as the search tools' `fetch` lays them out); a mail quoted inside a test's source code is cut out of that file
between two marker strings. A mail whose source is too large to mirror (zammad/zammad) was copied once by hand
from the search tools' stored copy of that file (`KEPT`): make.py keeps it and only writes its label. Nothing is
rewritten: any anonymisation was done by the source and is noted.

Which files are held out is decided by `rebuild.held_out`, from the file name alone.

Usage: python tests/data/ooo_public/make.py --mirror /work/.mirror
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
from rebuild import (Split, blob_url, git_show, mirror_argument, mbox_message,  # noqa: E402
                     replace_listed)

HELDOUT = HERE.parent / "heldout" / "ooo_public"

ALAVETELI = ("mysociety/alaveteli", "351eb61e0619a6f462bfc6f823c93cc42251d573")
COMMONLIB = ("mysociety/commonlib", "24bf6d5c85d9b8677508e6c66f37bf77e132be27")
ZAMMAD = ("zammad/zammad", "041bf51b52ef1308c8e4b73e8a40cc846deab576")
BOUNCE_EMAIL = ("mitio/bounce_email", "ae6618ebf001643dad177c3e2cdc319459f9cfdf")
COMBODO = ("Combodo/combodo-email-synchro", "43af84848cc0a10a01513b3497c40dd918efc41f")
COMBODO_SAMPLES = "tests/php-unit-tests/resources/email-samples/"
MAIL_BOX = ("markov2/perl5-Mail-Box", "81668f69a5e941908c5cfce21a7388ec6a3c5619")
TMAIL = ("linagora/tmail-backend", "cbb8acd6fe55511966b173ad9cb9c160026a5c3f")


# (file, (repo, commit), path, is_ooo, language, return_date, source, headers, note)
SOURCES = [
    ("alaveteli-abcmail-oof.eml", ALAVETELI, "spec/fixtures/files/track-response-abcmail-oof.eml",
     "1", "en", "2012-01-03", "alaveteli_fixtures", "real",
     'Lotus Notes via a UK council, sent 30 Dec 2011 +0000: subject "(returning 03/01/2012)", body "until 03/01/2012" '
     'and "until 3rd January"; returning X wins (README rule 1); names anonymised by the source'),
    ("alaveteli-exchange-oof-1.eml", ALAVETELI, "spec/fixtures/files/track-response-exchange-oof-1.eml",
     "1", "en", "2011-09-09", "alaveteli_fixtures", "real",
     'Exchange 2003 "Out of Office AutoReply:"; the source replaced the date by "Thursday nth Bartember" in the '
     'text/plain part only: the text/html alternative still reads "limited access to my emails until Thursday 8th '
     'September" (sent Tue 6 Sep 2011; 8 Sep 2011 is a Thursday): away through it (label corrected, see README)'),
    ("alaveteli-lotus-oof-1.eml", ALAVETELI, "spec/fixtures/files/track-response-lotus-oof-1.eml",
     "1", "en", "", "alaveteli_fixtures", "real",
     'Lotus Domino "is out of the office"; the source replaced both dates by dd/mm/yyyy: no date'),
    ("alaveteli-messageclass-oof.eml", ALAVETELI, "spec/fixtures/files/track-response-messageclass-oof.eml",
     "1", "en", "2012-01-21", "alaveteli_fixtures", "real",
     'Mailtraq "Automatic Response", X-POST-MessageClass: Autoresponder; "until Tuesday, January 20" sent 8 Sep 2011: '
     'the next 20 January (a Friday in 2012: a stale notice), away through it'),
    ("alaveteli-messagelabs-oof-1.eml", ALAVETELI, "spec/fixtures/files/track-response-messagelabs-oof-1.eml",
     "1", "en", "", "alaveteli_fixtures", "real",
     'UK Parliament Exchange "Out of Office", no auto-reply header; "between xnd August and yth September" '
     "(anonymised by the source): no date"),
    ("alaveteli-outlook-oof.eml", ALAVETELI, "spec/fixtures/files/track-response-outlook-oof.eml",
     "1", "en", "", "alaveteli_fixtures", "real",
     'Outlook 2007 rule reply "Out of Office reply" with its template never filled in ("returning on [day, date]"), '
     "no auto-reply header: no date"),
    ("commonlib-lotus-out-of-office.eml", COMMONLIB, "perllib/mySociety/t/examples/out-of-office.txt",
     "1", "en", "2008-09-11", "mysociety_commonlib", "real",
     'Lotus Notes, sent 9 Sep 2008 -0400: "starting 09/08/2008 and will not return until 09/11/2008"; '
     "not back until X is the first day back (rule 1), month-first from the US offset; sender anonymised by the source"),
    ("zammad-193-gmail-vacation.eml", ZAMMAD, "test/unit/email_process_auto_response_test.rb",
     "1", "en", "", "zammad_issue_193", "partial",
     "Gmail vacation responder reported in zammad/zammad#193 (headers pasted by the reporter, addresses XX-ed); "
     "the test keeps the real headers but the body is only \"test\": header-only, no date"),
    ("bounce-email-lv-outlook-oof.eml", BOUNCE_EMAIL, "test/non_bounces/tt_1234210666.txt",
     "1", "lv", "2009-02-10", "bounce_email_fixtures", "real",
     'Exchange 2003 reply with the Latvian Outlook subject "Arpus biroja atrasanas automatiska atbilde:" (diacritics '
     'lost), no auto-reply header; body English "will be back on Tuesday 9:00", sent Mon 9 Feb 2009'),
    ("bounce-email-lv-gmail-vacation.eml", BOUNCE_EMAIL, "test/non_bounces/tt_1234211024.txt",
     "1", "lv", "", "bounce_email_fixtures", "real",
     'Gmail vacation responder (Return-Path <>, Precedence: bulk, X-Autoreply: yes), subject "Atvaļinājums Re:", '
     'body "Esmu atvaļinājumā" (I am on holiday): no date'),
    ("combodo-ovh-autoresponder-oof.eml", COMBODO,
     COMBODO_SAMPLES + "test@combodo.com_1383467670.8344.mail614.ha.ovh.net,S=557.eml",
     "1", "en", "2013-11-05", "combodo_email_synchro_fixtures", "real",
     'OVH mail autoresponder ("Delivered-To: Autoresponder", no auto-reply header, subject a plain "Re:" to a French '
     'approval request), sent 3 Nov 2013: "on vacation until November 4th 2013", away through it; the sample set holds '
     "two more byte-identical copies (R-000093, R-000094), left out; address redacted"),
    ("combodo-human-fr-retour-de-vacances.eml", COMBODO, COMBODO_SAMPLES + "email_107.eml",
     "0", "fr", "", "combodo_email_synchro_fixtures", "real",
     'a person forwarding his own earlier mail: "Je suis de retour de vacances et je vous invite à prendre contact" and '
     '"PS: Je serai en vacances de ce soir au 10 août inclus": a person\'s note about an absence; address redacted'),
    ("mail-box-human-away-for-holidays.eml", MAIL_BOX, "t/folders/mbox.src",
     "0", "en", "", "mail_box_fixtures", "real",
     'Mark Overmeer (the module author) answering a bug report in 2000: "(I was away for holidays last week, so not '
     'able to response earlier)": a person\'s note about an absence'),
    ("tmail-enron-human-out-of-office-friday.eml", TMAIL, "tmail-backend/apps/memory/src/main/provisioning/eml/23.eml",
     "0", "en", "", "tmail_provisioning_enron", "real",
     'an Enron mail (2000) in TMail\'s provisioning set: "As I was out of the office all afternoon Friday, I was '
     'unable to confirm this": a person\'s answer that uses the phrase "out of the office"; its From has a name and no '
     'address (as the Enron export has it), which mailer refuses before reading the text'),
]

# A message taken out of an mbox: the From_ line it starts at; the copy ends before the next From_ line, and the
# From_ line itself (mbox framing, not part of the mail) is dropped.
MBOX_MESSAGE = {"mail-box-human-away-for-holidays.eml": b"From markov@ATComputing.nl Mon Aug  7 11:38:44 2000\n"}

# Personal addresses the source left in place, replaced here (old bytes -> new bytes), per file.
REDACT = {
    "alaveteli-outlook-oof.eml": [(b"peter@kentadvice.co.uk", b"name-removed@example.co.uk")],
    "combodo-ovh-autoresponder-oof.eml": [(b"erwan.taloc@combodo.com", b"name.removed@combodo.com")],
    "combodo-human-fr-retour-de-vacances.eml": [(b"mourre@ill.eu", b"name.removed@ill.example")],
    "mail-box-human-away-for-holidays.eml": [(b"blburch@mindspring.com", b"name.removed@example.com")],
    "tmail-enron-human-out-of-office-friday.eml": [(b"kclark@jhenergy.com", b"name.removed@example.com"),
                                                   (b"steve.van.hooser@enron.com", b"name.removed@enron.example")],
}

# Mails copied by hand from a test's source code (the string after `email_raw_string = "`, its \" unescaped):
# the repository is over the mirror's size limit, so the committed file is kept as it is.
KEPT = {"zammad-193-gmail-vacation.eml"}
URLS = {
    "zammad-193-gmail-vacation.eml": "https://github.com/zammad/zammad/issues/193",
}


def main() -> None:
    mirror = mirror_argument()
    split = Split(HERE, HELDOUT)
    for name, (repo, commit), path, is_ooo, lang, back, source, headers, note in SOURCES:
        if name in KEPT:
            mail = None
        else:
            mail = git_show(mirror, repo, commit, path)
            if name in MBOX_MESSAGE:
                mail = mbox_message(mail, MBOX_MESSAGE[name])
            mail = replace_listed(name, mail, REDACT.get(name, []))
        url = URLS.get(name, blob_url(repo, commit, path))
        split.add(name, mail, is_ooo, lang, back, source, headers, url, note)
    split.write_labels()


if __name__ == "__main__":
    main()
