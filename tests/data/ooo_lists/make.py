"""Rebuild the .eml files and both labels.tsv files here from ARCHIVES (run once by hand; nothing reads this at
test time, and the files are never read at run time).

Every mail is real: an out-of-office notice that a subscriber's mailbox sent to a public mailing list, or a person on
such a list writing about their own absence (is_ooo 0, the traps). The lists' pipermail text archives (one file per
month, some gzip'd) are kept in git by third parties (ARCHIVES): the R Project's lists (r-mailing-lists/<list>, raw
mbox files downloaded from https://stat.ethz.ch/pipermail/), four OSGeo lists (mdsumner/lists.osgeo.org, from
https://lists.osgeo.org/pipermail/) and the BerliOS lists (BackupTheBerlios/<list>-maillist, the archive of
lists.berlios.de saved when BerliOS closed). Each message here is cut out of one archive file of a local mirror
(`--mirror DIR`, laid out `owner+name/repo` as the search tools' `fetch` makes it), found by its Message-ID. The
archive's separator line ("From x at y  date") is mbox framing and is dropped; everything else is copied byte for
byte, except the redactions below.

What pipermail keeps of a mail is only From, Date, Subject, In-Reply-To, References and Message-ID, with the address
written "x at y" ("x en y" in the Spanish-language lists) and the body as text (attachments and HTML parts "scrubbed"):
hence `headers` = `partial`.

Redactions: the local part of every address (the From header's, the one its comment often repeats, one a subject
carries, and any in the body, "x at y", "x en y" or "x@y") becomes `name.removed`; the From header's " at "/" en " becomes "@" so the address
parses. Personal phone numbers listed in PHONES are replaced too. Names, dates, subjects and Message-IDs are left as
the archive publishes them.

Which files are held out is decided by `rebuild.held_out`, from the file name alone.

Usage: python tests/data/ooo_lists/make.py --mirror /work/.mirror
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
from rebuild import (Split, blob_url, git_show, mirror_argument, pipermail_message,  # noqa: E402
                     redact_addresses, replace_listed)

from fresh_rows import FRESH_ARCHIVES, FRESH_ROWS  # noqa: E402  (the fifth round's rows)

HELDOUT = HERE.parent / "heldout" / "ooo_lists"
# repository -> (source column, commit holding the archive files)
ARCHIVES = {
    "r-mailing-lists/r-help": ("r_mailing_lists", "661c2f1c7e569ed573a00d880e3fa09455710509"),
    "r-mailing-lists/r-devel": ("r_mailing_lists", "a031ec8c12763255828ca7b630c6e6e8c5a68907"),
    "r-mailing-lists/r-help-es": ("r_mailing_lists", "06d9c756291ba91d57f50e350a737e69691300e1"),
    "r-mailing-lists/r-sig-geo": ("r_mailing_lists", "c5f0aa59062541bb8d998af74d816f7d6b09fd14"),
    "r-mailing-lists/r-sig-ecology": ("r_mailing_lists", "e978e74ab0977aff45a9a1ef67bf9a9eb05a481c"),
    "r-mailing-lists/r-sig-epi": ("r_mailing_lists", "618d0eb650e216770b89ffe6637bcd13fdc72551"),
    "r-mailing-lists/r-sig-debian": ("r_mailing_lists", "363f062bf1ce913ef3229c40be98a37b5ec2ee7f"),
    "r-mailing-lists/r-sig-insurance": ("r_mailing_lists", "efc99b5b09247e49c9b9926cbfdebed4b764cd46"),
    "r-mailing-lists/rcpp-devel": ("r_mailing_lists", "d6d6bc49acdc4173f487ccb959e9654fea10ca7b"),
    "mdsumner/lists.osgeo.org": ("osgeo_lists", "52d906dd22d5eb6ef76e71db1b46dc4d40a2acfb"),
    "BackupTheBerlios/opensim-users-maillist": ("berlios_lists", "b1959fe5bb1963118239006cdb6161c19776f1db"),
    "BackupTheBerlios/bulmages-main-maillist": ("berlios_lists", "537785e09712ccada6635032b2672a677c20a39f"),
    "BackupTheBerlios/deepamehta-users-maillist": ("berlios_lists", "81dc2d45f574b2bc8f3edc46fa8417b70ac82700"),
    "BackupTheBerlios/openocd-development-maillist": ("berlios_lists", "ee3d592d94f49cf0afa97bbbd51fa22ebd02eeed"),
    "BackupTheBerlios/kiwi-users-maillist": ("berlios_lists", "5e70f081af1d041b60a917a8fed33b3c59475e52"),
    "BackupTheBerlios/opensim-dev-maillist": ("berlios_lists", "28b1befcba9346dae9f9e62abde376f64d02370f"),
    "BackupTheBerlios/x2go-dev-maillist": ("berlios_lists", "0cf4f047f2fa73dabf3e31271e2c66963c429116"),
    "BackupTheBerlios/socketcan-core-maillist": ("berlios_lists", "68a992a3357326764dc1bb09c9a837439512d401"),
}

# (file, repository, archive path, Message-ID, is_ooo, language, return_date, note)
ROWS = [
    # ---- French
    ("r-help-2004-05-absent-du-bureau-jusqu-au-1er.eml", "r-mailing-lists/r-help", "raw/2004-May.mbox",
     "<10405171204.AA8261804@mail.fsagx.ac.be>", "1", "fr", "2004-06-02",
     'subject "automated response" (Belgium), sent 17 May 2004: "Je suis absent du bureau jusqu\'au mardi 1er juin": '
     "away through the 1st (an ordinal), back on the 2nd"),
    ("r-help-2002-05-lotus-absent-du-au.eml", "r-mailing-lists/r-help", "raw/2002-May.mbox",
     "<OF2A7E1DF4.1A44980F-ONC1256BAD.007E6EEF-C1256BAD.007E6EEF@euralis.fr>", "1", "fr", "2002-05-15",
     'Lotus Notes "… est absent.": "Je serai absent(e) du 02/05/2002 au 14/05/2002" (day first): away through the '
     "14th; the same responder's November notice was left out"),
    ("r-help-2006-08-lotus-absent-du-au.eml", "r-mailing-lists/r-help", "raw/2006-August.mbox",
     "<OF822B36B9.AEA87B93-ONC12571CA.007E6358-C12571CA.007E6358@fr.fournierpharma.com>", "1", "fr", "2006-08-22",
     'Lotus Notes "… est absent(e).": "Je serai absent(e) du 14/08/2006 au 21/08/2006": away through the 21st'),
    ("r-sig-insurance-2010-05-lotus-absent-du-au.eml", "r-mailing-lists/r-sig-insurance", "raw/2010-May.mbox",
     "<OFC58503B5.7DED5C14-ONC125771A.007206DC-C125771A.007206DC@hsbc.fr>", "1", "fr", "2010-05-11",
     'Lotus Notes "… est absent(e).": "Je serai absent(e) du 05/05/2010 au 10/05/2010", long French/English '
     "disclaimer: away through the 10th"),
    ("proj-2008-12-lotus-absent-du-au-back-on.eml", "mdsumner/lists.osgeo.org", "proj/2008-December.txt",
     "<OF038BEE1B.7D10B21B-ONC1257531.00108C22-C1257531.00108C22@total.com>", "1", "fr", "2009-01-02",
     'Lotus Notes "… est absent": "Je serai absent(e) du 31/12/2008 au 02/01/2009" and, in English, "will be back on '
     'the 2nd of January": back on X wins over the range (README rule 1); the same responder\'s three later notices '
     "were left out"),
    # ---- German
    ("r-help-2005-12-militaer-wk-vom-bis.eml", "r-mailing-lists/r-help", "raw/2005-December.mbox",
     "<E1ElP4I-000Bm9-D6@server19.hostpoint.ch>", "1", "de", "2005-12-24",
     'Swiss German reply to a digest, sent 11 Dec 2005: "Ich bin vom 12. bis 23. Dezember 2005 im Militär-WK" (umlauts '
     "lost as ?? by the archive): away through the 23rd; the sender's mobile number removed"),
    ("r-devel-2004-07-betriebsferien-bis-zum.eml", "r-mailing-lists/r-devel", "raw/2004-July.mbox",
     "<20040712204125.E2CC1F539@slim.kubism.ku.dk>", "1", "de", "2004-08-04",
     'subject "automated response (PR#7081)": "Unsere Betriebsferien dauern bis zum bis 3.8.2004" (company holidays '
     "until 3 August, the word doubled by its writer): away through the 3rd; pipermail Date without a zone"),
    ("gdal-dev-2008-09-nicht-im-buero-bis-einschliesslich.eml", "mdsumner/lists.osgeo.org",
     "gdal-dev/2008-September.txt", "<333b7ea1073e4fd68ced671c4d4972de@c7a556d236da4bff94d72fc54ac89856>", "1", "de",
     "2008-09-27",
     'subject "Out of Office", German then English: "Ich bin bis einschließlich 26.09.2008 nicht im Büro" / "out of '
     'office until Sep 26,2008": away through the 26th; the same notice reached the list a dozen times, one kept'),
    ("proj-2007-08-urlaub-ab-montag-wieder.eml", "mdsumner/lists.osgeo.org", "proj/2007-August.txt",
     "<00049CBD.46C44F09@dvise.alpstein.de>", "1", "de", "2007-08-27",
     'subject "AUTOREPLY [Proj] …": "bis einschließlich 24.08.07 im Urlaub" and "Ab Montag,27.08.07 bin ich wieder im '
     'Büro": "ab X wieder" is the first day back and wins (README rule 1); the list message it answered follows '
     "unquoted; one of about twenty copies kept"),
    ("qgis-developer-2022-08-abwesenheitsnotiz-vom-bis.eml", "mdsumner/lists.osgeo.org",
     "qgis-developer/2022-August.txt", "<20220822190043.E6277FDF53B7@server14.webgo24.de>", "1", "de", "2022-09-09",
     'subject "Abwesenheitsnotiz": "vom 22.8.2022 bis zum 8.9.2022 befinde ich mich im Urlaub": away through 8 '
     "September"),
    # ---- Danish, Finnish, Russian, Spanish
    ("r-help-2005-07-groupwise-svar-ferie-indtil.eml", "r-mailing-lists/r-help", "raw/2005-July.mbox",
     "<s2cfc3c3.058@danskeslagterier.dk>", "1", "da", "2005-08-02",
     'GroupWise "Svar: R-help Digest …", sent 9 Jul 2005: "Jeg er på ferie indtil 1/8." (day first): away through 1 '
     "August"),
    ("r-sig-epi-2006-06-poissa-tyopaikalta.eml", "r-mailing-lists/r-sig-epi", "raw/2006-June.mbox",
     "<01M3M7DOE90Y99DOKV@ktl.fi>", "1", "fi", "2006-06-14",
     'subject "Out of the office", Finnish then English: "Tämä viesti on luotu automaattisesti. Olen poissa työpaikalta '
     '7.6 - 13.6" (ä lost as ? by the archive): away through 13 June, so back on the 14th, the day this stale notice '
     "was sent"),
    ("qgis-developer-2018-08-v-otpuske-vernus.eml", "mdsumner/lists.osgeo.org", "qgis-developer/2018-August.txt",
     "<422701533832320@mxfront1g.mail.yandex.net>", "1", "ru", "2018-08-25",
     'Yandex reply to a digest, sent 9 Aug 2018: "Я сейчас в отпуске, вернусь примерно 25 августа" (on holiday, back '
     "about 25 August): back on X; two colleagues' addresses in the body redacted; one of two copies kept"),
    ("r-help-es-2011-06-lotus-fuera-de-la-oficina.eml", "r-mailing-lists/r-help-es", "raw/2011-June.mbox",
     "<OF30FDD780.69AF639E-ONC12578B3.0037FA62-C12578B3.0037FA62@bnpparibas.com>", "1", "es", "",
     'Lotus Notes subject "AUTO: Jose Luis Gilsanz está fuera de la oficina."; the archive scrubbed the body: subject '
     "only, no date"),
    # ---- English (some from non-English-speaking senders)
    ("proj-2011-02-lotus-ausente-baixa-medica.eml", "mdsumner/lists.osgeo.org", "proj/2011-February.txt",
     "<OF35251EDE.5B351867-ON80257839.007908DC-80257839.007908DC@leica-geosystems.com>", "1", "en", "2011-02-23",
     'Lotus Notes "starting 02/04/2011 and will not return until 02/23/2011", then "from 4th of February until 23 of '
     'February" and in Portuguese "Vou estar ausente do escritório … de 4 a 23 de Fevereiro": "will not return until X" '
     "is back on X and wins (README rule 1); English first, so en"),
    ("r-sig-ecology-2014-11-lotus-ikke-til-stede-returning.eml", "r-mailing-lists/r-sig-ecology",
     "raw/2014-November.mbox", "<OF61B38906.C0E89386-ONC1257D8D.00551CF1-C1257D8D.00551CF1@LocalDomain>", "1", "en",
     "2014-11-04",
     'Lotus Notes, Norwegian subject "AUTO: … er ikke til stede på kontoret (returning 04.11.2014)", English body "out '
     'of the office until 04.11.2014"; sent 11 Nov 2014 (a stale notice): returning X wins'),
    ("r-help-1999-04-automatic-reply-out-of-town.eml", "r-mailing-lists/r-help", "raw/1999-April.mbox",
     "<199904071608.TAA04653@ra.abo.fi>", "1", "en", "1999-04-20",
     'Finland: "This is an automatic reply … out of town between 3 April and 19 April … back in my office on April '
     "20th\": back on X; the sender's mobile number removed; one of five copies kept"),
    ("r-help-2002-07-back-on-mon-12th.eml", "r-mailing-lists/r-help", "raw/2002-July.mbox",
     "<200207240426.GAA02770@stat.math.ethz.ch>", "1", "en", "2002-08-12",
     'Tanzania, under the thread\'s subject: "out of the office from Mon 15th of July and will be back on Mon 12th of '
     'August"'),
    ("r-help-2004-09-groupwise-out-of-office-range.eml", "r-mailing-lists/r-help", "raw/2004-September.mbox",
     "<s1511c9f.003@SURVEYGWIA.UMD.EDU>", "1", "en", "2004-09-28",
     'GroupWise "Re: R-help Digest …", US: "out of the office 9/22/04 - 9/27/04": away through the 27th; the same '
     "responder's next notice was left out"),
    ("r-help-2005-08-on-vacation-until.eml", "r-mailing-lists/r-help", "raw/2005-August.mbox",
     "<react-8845419@cca.edu>", "1", "en", "2005-08-12",
     'US library, subject an address: "I will be on vacation until August 11, 2005"'),
    ("r-help-2006-02-groupwise-from-through.eml", "r-mailing-lists/r-help", "raw/2006-February.mbox",
     "<s3f56831.025@email.chop.edu>", "1", "en", "2006-02-23",
     'GroupWise reply to a digest: "out of the office from Friday (Feb 17) through Wednesday (Feb 22)"'),
    ("r-help-2006-07-back-on-monday.eml", "r-mailing-lists/r-help", "raw/2006-July.mbox",
     "<200606302213.k5UMDMTQ015396@rhin-bis.imag.fr>", "1", "en", "2006-07-31",
     'France, sent 1 Jul 2006: "I am out of the office and will be back on Monday 31 July", names a colleague'),
    ("r-help-2003-07-vacation-program-juin-juillet.eml", "r-mailing-lists/r-help", "raw/2003-July.mbox",
     "<200307041101.NAA07801@sete.ifremer.fr>", "1", "en", "2003-07-10",
     'vacation(1), subject "away from my mail, absent pour le moment", English then French with French month names: '
     '"from 30_juin_2003 to 09_juillet_2003" / "du 30_juin_2003 au 09_juillet_2003": away through 9 July'),
    ("r-devel-2004-04-out-until-thursday.eml", "r-mailing-lists/r-devel", "raw/2004-April.mbox",
     "<0HVS0080390C3Z@mail.sag.gwu.edu>", "1", "en", "2004-04-09",
     '"I am out of the office until Thursday, April 8th" (a reply to a virus mail); pipermail Date without a zone'),
    ("r-sig-geo-2012-12-out-of-office-till.eml", "r-mailing-lists/r-sig-geo", "raw/2012-December.mbox",
     "<83811354964652@mxfront10.mail.yandex.net>", "1", "en", "2013-01-03",
     'Yandex reply to a digest, sent 8 Dec 2012 (+0400): "I will be out of the office till January 2nd 2013"; one of '
     "three copies kept"),
    ("r-sig-geo-2012-07-on-leave-til.eml", "r-mailing-lists/r-sig-geo", "raw/2012-July.mbox",
     "<1089755223@mail.agrhymet.ne>", "1", "en", "2012-08-11",
     'Niger, reply to a digest: "I am on leave til 10th August 2012"; one of two copies kept'),
    ("r-sig-debian-2005-05-automated-response-holiday.eml", "r-mailing-lists/r-sig-debian", "raw/2005-May.mbox",
     "<10505301118.AA11946280@doctors.org.uk>", "1", "en", "2005-06-07",
     'subject "automated response", sent 30 May 2005: "I am on holiday until the 6th June"'),
    ("rcpp-devel-2012-07-out-of-office-return-on.eml", "r-mailing-lists/rcpp-devel", "raw/2012-July.mbox",
     "<20120730100021.16624.qmail@lion.ifs.uni-linz.ac.at>", "1", "en", "2012-08-20",
     'Austria, qmail Date with zone -0000: "out of office until August 19, 2012 … after I return to office on August '
     '20, 2012": back on X; the same responder answered r-devel and bioc-devel too, one kept'),
    ("r-sig-ecology-2008-09-lotus-stale-subject.eml", "r-mailing-lists/r-sig-ecology", "raw/2008-September.mbox",
     "<OFCC591CEB.8A710CB4-ON872574BC.00580224-872574BC.00580224@nps.gov>", "1", "en", "2008-09-08",
     'Lotus Notes, stale subject "… will return March 13, 2006", body "starting 08/30/2008 and will not return until '
     '09/08/2008" (sent from -0600): back on 8 September'),
    ("gdal-dev-2009-11-lotus-not-return-until.eml", "mdsumner/lists.osgeo.org", "gdal-dev/2009-November.txt",
     "<OF3A38E20D.275C143C-ON8625766C.00752B2D-8625766C.00752B2D@rockwellcollins.com>", "1", "en", "2009-11-16",
     'Lotus Notes "starting 11/12/2009 and will not return until 11/16/2009"'),
    ("proj-2002-06-groupwise-on-leave-until.eml", "mdsumner/lists.osgeo.org", "proj/2002-June.txt",
     "<02Jun1.145047bst.119045@gateway-uk.mouchel.com>", "1", "en", "2002-06-11",
     'GroupWise, UK, sent 1 Jun 2002: "I am on leave until 10th June", the list mail quoted below (">>>" header); one '
     "of eleven copies kept"),
    ("proj-2004-06-lotus-not-return-until.eml", "mdsumner/lists.osgeo.org", "proj/2004-June.txt",
     "<OF47FE0548.6FAE1149-ON86256EAC.0021324B-86256EAC.0021324D@er.usgs.gov>", "1", "en", "2004-06-14",
     'Lotus Notes "will not return until 06/14/2004" and "out of the office until 14 Jun": back on X wins (README rule '
     "1); the same responder's 2005 notice was left out"),
    ("proj-2005-08-groupwise-notice-until-wednesday.eml", "mdsumner/lists.osgeo.org", "proj/2005-August.txt",
     "<s3046ad3.014@co5.dnr.state.mn.us>", "1", "en", "2005-08-25",
     'GroupWise, stale subject "(NOTICE - Out of the office August 1st)", sent 18 Aug 2005: "out of the office until '
     'Wednesday August 24th"; the same responder\'s other notices were left out'),
    ("opensim-users-2009-12-lotus-not-return-until.eml", "BackupTheBerlios/opensim-users-maillist",
     "2009-December.txt.gz", "<OF4EA9F402.1F94DFD1-ON8725769B.003D597F-8725769B.003D597F@us.ibm.com>", "1", "en",
     "2010-01-04", 'Lotus Notes "starting 12/28/2009 and will not return until 01/04/2010"'),
    ("opensim-users-2010-07-exchange-vacation-until.eml", "BackupTheBerlios/opensim-users-maillist",
     "2010-July.txt.gz", "<2E7BCAF86F0FC34187EB754CC4D4465707C604@hewitt75exch.HewittSchool.org>", "1", "en",
     "2010-08-04",
     'Exchange "Out of Office AutoReply: …" gatewayed through Nabble, sent 24 Jul 2010: "I am on vacation until '
     'August 3."'),
    ("opensim-dev-2008-10-lotus-not-return-until.eml", "BackupTheBerlios/opensim-dev-maillist",
     "2008-October.txt.gz", "<OF59075D16.B52212E4-ON872574DE.0037B4AB-872574DE.0037B4AC@us.ibm.com>", "1", "en",
     "2008-10-13", 'Lotus Notes "starting 10/09/2008 and will not return until 10/13/2008" (sent from -0600)'),
    # ---- people writing about their own absence (is_ooo 0)
    ("r-help-es-2009-09-human-estuve-fuera.eml", "r-mailing-lists/r-help-es", "raw/2009-September.mbox",
     "<DBA49F4E-CAA0-4CFE-A8B7-497ABC0180BB@iberstat.es>", "0", "es", "",
     'a person\'s answer: "perdona por no haberte contestado antes pero ayer y hoy estuve fuera", then the statistics'),
    ("r-help-es-2010-01-human-tome-vacaciones.eml", "r-mailing-lists/r-help-es", "raw/2010-January.mbox",
     "<4B45E8E4.7040409@etecsa.cu>", "0", "es", "",
     'a person\'s New Year note: "tomé unos días de vacaciones y dejé de recibir sus correos"'),
    ("bulmages-main-2010-06-human-cuando-vuelva.eml", "BackupTheBerlios/bulmages-main-maillist",
     "2010-June.txt.gz", "<201006271205.58806.tborras@conetxia.com>", "0", "es", "",
     'a developer\'s answer: "En cuanto vuelva al mundo civilizado (con internet de banda ancha) haré una adaptación"'),
    ("bulmages-main-2012-09-human-tuve-vacaciones.eml", "BackupTheBerlios/bulmages-main-maillist",
     "2012-September.txt.gz", "<CAJWqEtdievOBBQJWfpPMXf-q29APU=30K5+mPqx-iocy_ngt7Q@mail.gmail.com>", "0", "es", "",
     'a developer: "Tuve un par de meses de merecidas vacaciones y luego volví al ataque"'),
    ("deepamehta-users-2008-03-human-wieder-aus-dem-urlaub.eml", "BackupTheBerlios/deepamehta-users-maillist",
     "2008-March.txt.gz", "<47EC1787.2040003@deepamehta.de>", "0", "de", "",
     'a person\'s invitation: "Ich bin wieder aus dem Urlaub zurück und voller Energie und Ideen"'),
    ("openocd-development-2009-07-human-out-until-august.eml", "BackupTheBerlios/openocd-development-maillist",
     "2009-July.txt.gz", "<c09652430907310958y2e7cc41clf5935a5359b7509@mail.gmail.com>", "0", "en", "",
     'the maintainer\'s own post "Away for two weeks": "I\'m out of the office until August 14." (written by hand, '
     "no notice wording)"),
    ("kiwi-users-2010-10-human-on-vacation-until.eml", "BackupTheBerlios/kiwi-users-maillist",
     "2010-October.txt.gz", "<20101015132815.GA20257@D7.ddts.net>", "0", "en", "",
     'a developer\'s own post "on vacation": "JFYI I\'m on vacation until November 1th 2010. Wish you all a great '
     'time"'),
    ("x2go-dev-2013-06-human-vac-til.eml", "BackupTheBerlios/x2go-dev-maillist", "2013-June.txt.gz",
     "<1371455204.1799.5.camel@Nokia-N900>", "0", "en", "",
     'a developer\'s own post "[VAC] 3rd Jul til 17th Jul": "I will be on vacation with the family from 3rd Jul till '
     "17th Jul … Ping me via this mailing list\"; his mobile number and street removed from the signature"),
    ("socketcan-core-2009-08-human-on-vacation-two-weeks.eml", "BackupTheBerlios/socketcan-core-maillist",
     "2009-August.txt.gz", "<131D8B8382DA50479D762FEEFAFC25DB013CBE7F@ixxatw2ks4.ixxat.intranet.priv>", "0", "en", "",
     'a developer\'s answer in a patch thread: "unfortunately (well, fortunately for me) I am on vacation from now on '
     'for two weeks. Will test your patch when I am back", then the quoted mail'),
]

# Personal phone numbers the archive left in place, per file (old bytes -> new bytes).
PHONES = {
    "r-help-2005-12-militaer-wk-vom-bis.eml": [(b"079 438 27 68", b"079 xxx xx xx")],
    "r-help-1999-04-automatic-reply-out-of-town.eml": [(b"+358 40 532\n5962", b"+358 40 xxx\nxxxx")],
    "x2go-dev-2013-06-human-vac-til.eml": [(b"+49 (1520) 1976148", b"+49 (15xx) xxxxxxx"),
                                           (b"herweg 7, 24357 fleckeby", b"[address removed]")],
}

SEPARATOR = re.compile(rb"^From \S+(?: (?:at|en) \S+)? +\w{3} \w{3} +\d+ [\d:]+ \d{4}\n", re.M)
FROM_HEADER = re.compile(rb"^From: [^ \n]+ (?:at|en) ([^ \n]+)", re.M)
FROM_LINE = re.compile(rb"^(?:From|Subject): .*", re.M)
# "x en y.tld" only with a country or generic top-level domain, so Spanish prose ("en data.frame") is left alone
BODY_ADDRESS = re.compile(rb"\b[\w.+-]+(?P<at> at |@| - at - | en )(?P<domain>[\w-]+(?:\.[\w-]+)*"
                          rb"\.(?:com|org|net|edu|gov|info|biz|[a-z]{2}))\b")


def main() -> None:
    mirror = mirror_argument()
    split = Split(HERE, HELDOUT)
    archives = {**ARCHIVES, **FRESH_ARCHIVES}
    months: dict[tuple[str, str], bytes] = {}
    for name, repo, path, message_id, is_ooo, lang, back, note in ROWS + FRESH_ROWS:
        source, commit = archives[repo]
        if (repo, path) not in months:
            month = git_show(mirror, repo, commit, path)
            months[repo, path] = gzip.decompress(month) if path.endswith(".gz") else month
        mail = pipermail_message(months[repo, path], message_id, SEPARATOR)
        mail = redact_addresses(mail, FROM_HEADER, FROM_LINE, BODY_ADDRESS)
        mail = replace_listed(name, mail, PHONES.get(name, []))
        split.add(name, mail, is_ooo, lang, back, source, "partial", blob_url(repo, commit, path), note)
    split.write_labels()


if __name__ == "__main__":
    main()
