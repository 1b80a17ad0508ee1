"""Rebuild the .eml files and both labels.tsv files here from SOURCES (run once by hand; nothing reads this at
test time, and the files are never read at run time).

Every mail is real: an out-of-office notice that a subscriber's mailbox sent to an R mailing list (r-help, r-devel,
r-sig-geo, r-sig-finance, r-sig-mixed-models) or to twisted-python, or a person on those lists writing about their own
absence. The lists' public pipermail text archives (one file per month or quarter) are kept in git by
MichaelChirico/r-mailing-list-archive and twisted/pipermail (ARCHIVES); each message here is cut out of one archive
file of a local mirror (`--mirror DIR`, laid out `owner+name/repo` as the
search tools' `fetch` makes it), found by its Message-ID. The archive's separator line ("From x at y  date") is mbox
framing and is dropped; everything else is copied byte for byte, except the redactions below.

What pipermail keeps of a mail is only From, Date, Subject, In-Reply-To, References and Message-ID, with the address
written "x at y" and the body as text (attachments and HTML parts "scrubbed"): hence `headers` = `partial`.

Redactions: the local part of every address (the From header's, the one its comment often repeats, and any in the body, "x at y" or "x@y") becomes
`name.removed`; the From header's " at " becomes "@" so the address parses. Personal phone numbers listed in PHONES
are replaced too. Names, dates, subjects and Message-IDs are left as the archive publishes them.

Which files are held out is decided by `rebuild.held_out`, from the file name alone.

Usage: python tests/data/ooo_archive/make.py --mirror /work/.mirror
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
from rebuild import (Split, blob_url, git_show, mirror_argument, pipermail_message,  # noqa: E402
                     redact_addresses, replace_listed)

HELDOUT = HERE.parent / "heldout" / "ooo_archive"
# source (column `source`) -> (repository, commit) holding the pipermail text archives
ARCHIVES = {"r_mailing_lists_archive": ("MichaelChirico/r-mailing-list-archive", "537fd9364a812dae1a01c0f6f96bfee53fb415f0"),
            "twisted_pipermail": ("twisted/pipermail", "75a0ed20ffa55cc4354dc11e725a2f2c096f566c")}

# (file, archive path, Message-ID, is_ooo, language, return_date, note): the R lists
R_LISTS = [
    # ---- German
    ("r-devel-2003-08-abwesenheitsnotiz-urlaub.eml", "r-devel/2003-August.txt",
     "<831CCC32D5D6D211B99300902745CBD30203AE03@metis.zvw.uni-goettingen.de>", "1", "de", "2003-09-16",
     'Exchange "Abwesenheitsnotiz: Approved" (to a virus mail): "Ich bin bis zum 15.09.2003 im Urlaub": away through '
     "it; pipermail Date without a zone"),
    ("r-devel-2004-06-abwesenheitsnotiz-bis-am.eml", "r-devel/2004-June.txt",
     "<20040606184311.AD7A11066A@slim.kubism.ku.dk>", "1", "de", "2004-06-09",
     'Swiss German/English "Ich bin abwesend bis am 8. Juni 2004" / "out of office until June 8th 2004": away through it'),
    ("r-devel-2004-07-automated-response-urlaub.eml", "r-devel/2004-July.txt",
     "<10407261147.AA04464@grass-gmbh.de>", "1", "de", "2004-08-01",
     'subject "automated response", "In der Zeit vom 21.07.2004 bis 31.07.2004 bin ich im Urlaub", names a colleague '
     "for eBay questions: away through the 31st"),
    ("r-help-2002-12-lotus-nicht-im-buero.eml", "r-help/2002-December.txt",
     "<0057440046335027000002L472*@MHS>", "1", "de", "2003-01-13",
     'Lotus Notes, English subject "… is out of office.", German body "Ich kehre zurück am 13.01.2003" (umlauts lost '
     'as "?" by the archive): back on X'),
    ("r-help-2002-09-lotus-ausser-haus.eml", "r-help/2002-September.txt",
     "<OF36D8C16C.7D2D1D44-ONC1256C41.00562176-C1256C41.00562178@icon-brand-navigation.com>", "1", "de", "2002-10-07",
     'Lotus Notes "… ist außer Haus.": "Ich kehre zurück am 07.10.2002": back on X'),
    ("r-help-2005-05-lotus-ausser-haus.eml", "r-help/2005-May.txt",
     "<OF4C203A4A.3E4EDE21-ONC1256FFA.00420966-C1256FFA.00420966@ji.zh.ch>", "1", "de", "2005-05-16",
     'Lotus Notes (Swiss canton) "… ist außer Haus.": "Ich kehre zurück am 16.05.2005"'),
    ("r-sig-finance-2004-09-lotus-ausser-haus-us-dates.eml", "r-sig-finance/2004q3.txt",
     "<OF11393250.78B25BB6-ONC1256F0D.004D43F0@inside.allianz.de>", "1", "de", "2004-09-27",
     'Lotus Notes German text with US month-first dates: "ab 09/08/2004 … Ich kehre zurück am 09/27/2004" (27 '
     "can only be a day): back on 27 September"),
    ("r-sig-finance-2009-04-lotus-ausser-haus-bilingual.eml", "r-sig-finance/2009q2.txt",
     "<OFAD3A48B6.B3E4E666-ONC125758C.0038F3E5-C125758C.0038F3E5@none.none>", "1", "de", "2009-04-07",
     'Lotus Notes German/English "außer Haus sein von : / out of the office from : 02.04.2009 bis / until 06.04.2009": '
     "away through the 6th"),
    # ---- French
    ("r-devel-2003-09-absent-conge-mi-septembre.eml", "r-devel/2003-September.txt",
     "<200309061349.h86DnhJH025911@pubhealth.ku.dk>", "1", "fr", "",
     'subject "… absent de l\'Observatoire (PR#4084)", "Je suis en conge jusqu\'a la mi-Septembre": no exact day'),
    ("r-devel-2004-07-yahoo-message-d-absence.eml", "r-devel/2004-July.txt",
     "<200407141546.i6EFkFFu018746@hypatia.math.ethz.ch>", "1", "fr", "",
     'Yahoo! France "Message d\'absence" subject; the archive scrubbed the body: subject only, no date'),
    ("r-help-2005-11-lotus-absent-du-au.eml", "r-help/2005-November.txt",
     "<OF0700B1F0.C5DBE0D3-ONC12570B8.005277B5-C12570B8.005277B7@airfrance.fr>", "1", "fr", "2005-11-17",
     'Lotus Notes "Je serai absent(e) du 12/11/2005 au 16/11/2005" (away through the 16th); its English half is a '
     'stale "from 14-MAR-2005 until 18-MAR-2005" left from an earlier absence'),
    ("r-help-2006-12-lotus-de-retour-le.eml", "r-help/2006-December.txt",
     "<OFCBC5325A.F0FA2414-ONC125724C.00541BDB-C125724C.00541BDB@lfdj.com>", "1", "fr", "2006-12-27",
     'Lotus Notes subject "absent": "absent(e) à partir du 22/12/2006 de retour le 27/12/2006": back on X'),
    ("r-help-2007-03-lotus-de-retour-le.eml", "r-help/2007-March.txt",
     "<OF394ED73D.9B29C6E6-ONC1257291.0031F56A-C1257291.0031F56A@lfdj.com>", "1", "fr", "2007-03-05",
     'same responder as r-help-2006-12: "de retour le 05/03/2007": back on X'),
    ("r-help-2014-06-reponse-automatique-jusqu-au.eml", "r-help/2014-June.txt",
     "<201406261007.s5QA7l1M071743@albane6.nfrance.com>", "1", "fr", "2014-08-05",
     '"Réponse automatique" to a digest, sent 26 Jun 2014: "Je suis absent jusqu\'au 4 août prochain": away through '
     "it; the same notice reached r-help and r-sig-geo several times, one copy kept"),
    ("r-sig-geo-2005-12-groupwise-conges-reviendrai.eml", "r-sig-geo/2005-December.txt",
     "<s3a949d1.057@ecologie.gouv.fr>", "1", "fr", "2006-01-03",
     'GroupWise "Rép. : R-sig-Geo Digest … (Congés)": "Je reviendrai le mardi 3 janvier 2006", then the quoted digest'),
    ("r-sig-geo-2012-12-reponse-automatique-conges.eml", "r-sig-geo/2012-December.txt",
     "<201212031105.qB3B5aJm049457@albane6.nfrance.com>", "1", "fr", "2012-12-07",
     '"Réponse automatique", sent Mon 3 Dec 2012: "Je serais en congés jusqu\'au Jeudi 6 Décembre": away through it'),
    ("r-sig-mixed-models-2015-03-absent-du-bureau-no-longer.eml", "r-sig-mixed-models/2015q1.txt",
     "<OFB013B82A.5CB9E238-ONC1257E19.004D0E25-C1257E19.004D0E25@curie.net>", "1", "fr", "2016-01-01",
     'Lotus Notes subject "AUTO : No longer at Institut Curie", "Je suis absent(e) du bureau jusqu\'au 31/12/2015" then '
     '"I do not work at Curie any more", "Remarque : ceci est une réponse automatique": away through 31/12 by its '
     "words (the person has left)"),
    # ---- Spanish, Portuguese, Italian
    ("r-devel-2005-02-respuesta-automatica-fuera-oficina.eml", "r-devel/2005-February.txt",
     "<0E1551120A34FF4B99448A52A48F8970285361@server.tradecos.com.ar>", "1", "es", "2005-02-08",
     'Spanish Exchange subject "Respuesta automática de Fuera de la oficina: …", English body "out of the office from '
     '02/02 to 7/02", sent 3 Feb 2005 from Argentina (day first): away through 7 February'),
    ("r-devel-2004-12-ausente-ferias-coletivas.eml", "r-devel/2004-December.txt",
     "<200412220342.iBM3gLFI018306@mail.grupomm.com.br>", "1", "pt", "2005-01-03",
     'Brazilian notice, subject "Ausente": "voltarei a atividade normal no dia 03/01/05": back on 3 January'),
    ("r-devel-2004-09-resposta-automatica-ausencia.eml", "r-devel/2004-September.txt",
     "<CADB288A47F7D1478D9F41246997759C47FB46@srvmailstrat.STRAT-PT.pt>", "1", "pt", "",
     'Portuguese Exchange subject "Resposta automática para ausência do escritório", "Estarei fora do escritório até '
     'Dezembro 2004": a month, no day; one of two identical notices kept'),
    ("r-help-2005-01-resposta-automatica-ferias.eml", "r-help/2005-January.txt",
     "<200501031755.j03HtaFS026378@mail.grupomm.com.br>", "1", "pt", "2005-02-04",
     '"Resposta Automática": "Estarei de férias no período de 20 de dezembro à 03 de fevereiro de 2005", names a '
     "stand-in: away through 3 February"),
    ("r-help-2004-06-lotus-fuori-ufficio.eml", "r-help/2004-June.txt",
     "<OF49A63CA8.A406B5CE-ONC1256EAE.004D29B2-C1256EAE.004D29B2@Uniroma1.it>", "1", "it", "",
     'Lotus Notes Italian subject "… è fuori ufficio- away from the office"; the archive scrubbed the body: subject '
     "only, no date (the same responder reached the lists about ten times; one kept)"),
    # ---- Swedish, Danish, Finnish
    ("r-devel-2003-06-lotus-inte-pa-kontoret.eml", "r-devel/2003-June.txt",
     "<TFSVXPJE@vll.se>", "1", "sv", "2003-07-08",
     'Lotus Notes Swedish "… är inte på kontoret.": "Jag är borta från kontoret från 2003-06-15 till 2003-07-07" '
     "(å/ä lost as ? by the archive): away through the 7th"),
    ("r-help-2004-08-franvaro-autosvar-semester.eml", "r-help/2004-August.txt",
     "<F6B5B3E521D4DE429798AF066B102EAF013364A9@sesob03.sobernet.net>", "1", "sv", "2004-08-09",
     'Swedish Exchange subject "Frånvaro, autosvar:", "Jag har semester och är tillbaks på kontoret 9 augusti" (back '
     'on X; the English half says "until the 9th"); the sender\'s mobile number removed'),
    ("r-devel-2004-04-autosvar-ikke-til-stede.eml", "r-devel/2004-April.txt",
     "<20040427132537.02067EFC0@slim.kubism.ku.dk>", "1", "da", "",
     'Danish Outlook out-of-office subject "Autosvar - Ikke til stede:" used by a faculty counselling office as a '
     "receipt (\"har modtaget din mail\"): an automatic reply, no absence date"),
    ("r-help-2005-02-automaattinen-poissaolovastaus.eml", "r-help/2005-February.txt",
     "<6055D437681FA84C8292F9E677376D510946AB@keskobe01.keskomail.x>", "1", "fi", "",
     'Finnish Exchange subject "Automaattinen poissaolovastaus:"; the archive scrubbed the body: subject only'),
    ("r-help-2005-01-talvilomalla-automatisk-svar.eml", "r-help/2005-January.txt",
     "<D31520723288584FB72869E577C83604011EDAC1@nosrv003.laerdal.global>", "1", "fi", "2005-01-31",
     'Norwegian Exchange subject "Automatisk svar ved fravær:", Finnish body "Olen talvilomalla ja seuraavan kerran '
     'tavattavissa 31.01.2005" (on winter holiday, next reachable 31.01.2005): back on X'),
    # ---- Chinese
    ("r-sig-geo-2015-04-zidong-huifu.eml", "r-sig-geo/2015-April.txt",
     "<20150420094435.05B9ACB0328@mda06.fmail.tg.sinanode.com>", "1", "zh", "",
     'Sina mail "自动回复：" subject; the archive turned the Chinese body into "?????????~": subject only'),
    # ---- English
    ("r-devel-2003-08-vacation-return-on.eml", "r-devel/2003-August.txt",
     "<200308200040.UAA0001481275@emailcluster.med.yale.edu>", "1", "en", "2003-08-27",
     'subject "Vacation": "on vacation from August 18-26 … when I return on August 27, 2003", names two contacts'),
    ("r-help-2001-04-vacation-program.eml", "r-help/2001-April.txt",
     "<200104181118.f3IBIWZ24940@mail.fmnh.org>", "1", "en", "2001-04-30",
     'vacation(1) "Out of the office": "when I return on Apr 30", sent 18 Apr 2001'),
    ("r-help-2002-06-auto-reply-on-leave.eml", "r-help/2002-June.txt",
     "<sd0e12da.065@SWRIO_AP1>", "1", "en", "2002-07-04",
     'GroupWise "Re: R-1.5.1 is released (<Auto Reply> On Leave)": "on leave until 3rd July 2002": away through it'),
    ("r-help-2004-06-lotus-not-return-until.eml", "r-help/2004-June.txt",
     "<OF5E580AC5.A74EC4FE-ON85256EC1.005298AE-85256EC1.005298AE@hgsi.com>", "1", "en", "2004-06-30",
     'Lotus Notes "will not return until 06/30/2004" (and "out of the office until June 30"): not back until X is '
     "the first day back (README rule 1)"),
    ("r-help-2004-09-vacation-program-here-but-behind.eml", "r-help/2004-September.txt",
     "<04Sep25.044348edt.25223-2124@sanpedro.cs.toronto.edu>", "1", "en", "",
     'vacation(1) "I\'m here, but …": "I am way behind on my emails": an automatic reply that states no absence and '
     "no date"),
    ("r-help-2005-08-lotus-kouros-is-out.eml", "r-help/2005-August.txt",
     "<OF0A24D350.A4681856-ON8525705A.004D1670-8525705A.004D1670@notes.duke.edu>", "1", "en", "2005-08-15",
     'Lotus Notes "starting 08/10/2005 and will not return until 08/15/2005"'),
    ("r-help-2005-01-lotus-kouros-is-ooo.eml", "r-help/2005-January.txt",
     "<OF7F1D309F.2A03743B-ON85256F98.00526E70-85256F98.00526E71@notes.duke.edu>", "1", "en", "2005-02-02",
     'Lotus Notes "… is ooo.": "will not return until 02/02/2005"'),
    ("r-sig-finance-2009-03-lotus-auto-returning.eml", "r-sig-finance/2009q1.txt",
     "<OF2B610AC6.E8088B9F-ON8525758A.004CFE65-8525758A.004CFE67@bankofny.com>", "1", "en", "2009-04-01",
     'Lotus Notes "AUTO: … out of the office for the day of 03/31/2009. (returning 04/01/2009)", body "until '
     '04/01/2009", "the only notification you will receive": returning X wins (README rule 1)'),
    ("r-sig-finance-2010-08-lotus-day-first-away.eml", "r-sig-finance/2010q3.txt",
     "<OFEE566B1C.4005605E-ONC1257786.003746E0-C1257786.003746E0@fr.world.socgen>", "1", "en", "2010-09-06",
     'Lotus Notes subject a bare name, "starting  20/08/2010 and will not return until 06/09/2010" (day first: 20 is '
     'a day), "I am away at the moment", names a colleague'),
    ("r-sig-geo-2009-04-lotus-finland-day-first.eml", "r-sig-geo/2009-April.txt",
     "<OFA839AB13.AD1E9C54-ONC225758B.00531342-C225758B.00531341@fimr.fi>", "1", "en", "2009-04-20",
     'Lotus Notes from Finland (+0300), English "will not return until 20.04.2009" (day first)'),
    ("r-sig-geo-2010-11-lotus-annual-leave.eml", "r-sig-geo/2010-November.txt",
     "<OFB2859687.948DDE68-ON872577D6.003E7AF4-872577D6.003E7AF5@aphis.usda.gov>", "1", "en", "2010-11-18",
     'Lotus Notes "… is on annual leave": "will not return until 11/18/2010", names a backup'),
    ("r-sig-geo-2010-12-lotus-maternity-leave.eml", "r-sig-geo/2010-December.txt",
     "<OFE675E3B9.F6686BA4-ON87257808.007EA36D-87257808.007EA36E@aphis.usda.gov>", "1", "en", "2011-02-18",
     'Lotus Notes "… is on maternity leave": "will not return until 02/18/2011"'),
    ("r-sig-mixed-models-2013-04-lotus-auto-returning.eml", "r-sig-mixed-models/2013q2.txt",
     "<OFFEC66243.D5B9D2CF-ONC1257B4A.004D0DE1-C1257B4A.004D0DE1@LocalDomain>", "1", "en", "2013-04-15",
     'Lotus Notes subject "AUTO: … is out of the office. (returning  15.04.2013)"; the archive scrubbed the body'),
    # ---- people writing about their own absence (is_ooo 0)
    ("r-help-2004-11-human-i-will-be-on-vacation.eml", "r-help/2004-November.txt",
     "<33413b33227b.33227b33413b@kent.edu>", "0", "en", "",
     'a subscriber posting "I will be on vacation" to the list: "Is it possible to stop sending me email till January '
     '12,2005. I will be away from my workplace." A person\'s request, not a notice'),
    ("r-help-2004-11-human-inappropriate-vacation-posting.eml", "r-help/2004-November.txt",
     "<1101580230.3059.7.camel@ramasamy.stats>", "0", "en", "",
     'a person answering the one above: "responders will not be getting as many out of office replies", subject '
     '"inappropriate posting (".. vacation ..")"'),
    ("r-help-2001-10-human-while-i-am-out-of-the-office.eml", "r-help/2001-October.txt",
     "<004801c14d21$c45440c0$b414d8cb@01680437>", "0", "en", "",
     'a person\'s answer under a quote: "While I am out of the office, two things on setting TCL up in Windows2000"'),
    ("r-help-2003-04-human-run-out-of-the-office.eml", "r-help/2003-April.txt",
     "<000c01c3099e$dd161300$0201a8c0@MARC>", "0", "en", "",
     'a person\'s answer: "I have to run out of the office for a few hours, but a couple of thoughts"'),
    ("r-help-2004-10-human-was-out-of-the-office.eml", "r-help/2004-October.txt",
     "<AD1C47A0C9C12C46987E2D31EE1E63B4361567@lps001.lyon.who.int>", "0", "en", "",
     'a person\'s late thanks: "I was quite a while out of the office"'),
    ("r-help-2005-07-human-out-of-office-until-end-of-august.eml", "r-help/2005-July.txt",
     "<Pine.OSF.4.44.0507271846510.45332-100000@rcs12.urz.tu-dresden.de>", "0", "en", "",
     'a person answering a question: "Unfortunately, I am out of office until end of August and I have no acces to a '
     'Mac" — an absence with a date, written by the person, still an answer'),
    ("r-help-2005-07-human-signature-on-leave.eml", "r-help/2005-July.txt",
     "<42DFAEB3.7050805@ucsd.edu>", "0", "en", "",
     'a person\'s follow-up whose signature says "(On leave, University of Essex, 2005-6)"'),
    ("r-sig-finance-2009-04-human-while-i-was-on-vacation.eml", "r-sig-finance/2009q2.txt",
     "<49E2E316.6090202@cavengerllc.com>", "0", "en", "",
     'a person\'s post: "looks like opentick has finally shut their doors while I was on vacation the month of March"'),
    ("r-help-2000-02-human-theory-goes-on-vacation.eml", "r-help/2000-February.txt",
     "<XFMail.000202091829.s-luppescu@uchicago.edu>", "0", "en", "",
     'a person\'s joke under a quote: "it\'s what the data get into when theory goes on vacation (or ``on holiday,\'\'"'),
]

# The same, from the Twisted project's lists (twisted-python).
TWISTED = [
    ("twisted-python-2003-06-lotus-ausser-haus.eml", "twisted-python/2003-June.txt",
     "<OF33DA6818.9F1E9BB5-ONC1256D38.007E5E20@uz.tengelmann.de>", "1", "de", "2003-06-23",
     'Lotus Notes "… ist außer Haus.": "Ich werde ab 02.06.2003 nicht im Büro sein. Ich kehre zurück am 23.06.2003": '
     "back on X"),
    ("twisted-python-2003-10-lotus-ausser-haus.eml", "twisted-python/2003-October.txt",
     "<OF09F48F40.82FAE4CF-ONC1256DCD.00000AE1-C1256DCD.00000AE1@uz.tengelmann.de>", "1", "de", "2003-11-09",
     'Lotus Notes, same company: "Ich kehre zurück am 09.11.2003" (a Sunday): back on X'),
    ("twisted-python-2008-08-mdaemon-thread-subject.eml", "twisted-python/2008-August.txt",
     "<MDAEMON2779200808210537.AA3732828@srcpsolutions.com>", "1", "en", "2008-08-26",
     'MDaemon notice whose subject is the thread\'s own ("dont get ssl Server working", no Re:, no prefix): "I will be '
     'out of the office from 08/15/2008 to 08/25/2008", "If this is urgent please contact …": away through the 25th'),
    ("twisted-python-2015-08-automatic-reply-thread-subject.eml", "twisted-python/2015-August.txt",
     "<fc.000f81d802d89dd23b9aca0002d5d66f.2d89dd3@gsacrd.ab.ca>", "1", "en", "2015-08-25",
     'FirstClass notice under the thread\'s own subject ("Twisted 15.3 Release Announcement"): "This is an automatic '
     'reply. I am away from the office for the summer, returning on Tuesday, August 25, 2015"; it answered a dozen '
     "list mails, two kept"),
    ("twisted-python-2015-07-automatic-reply-thread-subject.eml", "twisted-python/2015-July.txt",
     "<fc.000f81d802d84c243b9aca00d75c4a5f.2d84c25@gsacrd.ab.ca>", "1", "en", "2015-08-25",
     "the same notice a week earlier, under another thread's subject"),
    ("twisted-python-2005-03-human-been-on-vacation.eml", "twisted-python/2005-March.txt",
     "<424C355A.8030703@twistedmatrix.com>", "0", "en", "",
     'a person\'s answer: "Been on vacation so I\'m still catching up, sorry for the slow reply."'),
    ("twisted-python-2015-08-human-forwards-an-autoreply.eml", "twisted-python/2015-August.txt",
     "<55CA15C3.1060409@imperial.ac.uk>", "0", "en", "",
     'a person asking "Someone please un-sub this person?" above a forwarded copy of the automatic reply (its '
     '"I am away from the office … returning on Tuesday, August 25, 2015" is quoted, not the writer\'s)'),
    ("twisted-python-2015-08-human-will-not-receive-an-autoreply.eml", "twisted-python/2015-August.txt",
     "<8EB40D15-9274-4A82-B1F5-837A19D2DD51@twistedmatrix.com>", "0", "en", "",
     'the list admin\'s answer: "If I\'ve done my job right this message will not receive an autoreply..."'),
]

SOURCES = [("r_mailing_lists_archive",) + row for row in R_LISTS] + [("twisted_pipermail",) + row for row in TWISTED]

# Personal phone numbers the archive left in place, per file (old bytes -> new bytes).
PHONES = {
    "r-help-2004-08-franvaro-autosvar-semester.eml": [(b"0733-72 62 22", b"07xx-xx xx xx"),
                                                      (b"+46 733 72 62 22", b"+46 7xx xx xx xx")],
    "r-sig-geo-2012-12-reponse-automatique-conges.eml": [(b"06 46 34 81 03", b"06 xx xx xx xx")],
}

SEPARATOR = re.compile(rb"^From \S+ at \S+ +\w{3} \w{3} +\d+ [\d:]+ \d{4}\n", re.M)
FROM_HEADER = re.compile(rb"^From: [^ \n]+ at ([^ \n]+)", re.M)
FROM_LINE = re.compile(rb"^From: .*", re.M)
BODY_ADDRESS = re.compile(rb"\b[\w.+-]+(?P<at> at |@| - at - )(?P<domain>[\w-]+(?:\.[\w-]+)+)")


def main() -> None:
    mirror = mirror_argument()
    split = Split(HERE, HELDOUT)
    months: dict[tuple[str, str], bytes] = {}
    for source, name, path, message_id, is_ooo, lang, back, note in SOURCES:
        repo, commit = ARCHIVES[source]
        if (source, path) not in months:
            months[source, path] = git_show(mirror, repo, commit, path)
        mail = pipermail_message(months[source, path], message_id, SEPARATOR, repeated=True)
        mail = redact_addresses(mail, FROM_HEADER, FROM_LINE, BODY_ADDRESS, header_line_count=1)
        mail = replace_listed(name, mail, PHONES.get(name, []))
        split.add(name, mail, is_ooo, lang, back, source, "partial", blob_url(repo, commit, path), note)
    split.write_labels()


if __name__ == "__main__":
    main()
