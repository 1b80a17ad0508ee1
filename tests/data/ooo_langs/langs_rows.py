"""The rows make.py builds (round 9: fresh-ooo6). Labelled from each mail's own text before mailer was run on any of
them: is_ooo 1 would be an automatic out-of-office notice, 0 a person writing about an absence (the traps). This round
found no fresh notice (README.md "What was searched"), so every row here is a person's note; return_date is empty for
all of them."""

OSGEO = ("mdsumner/lists.osgeo.org", "52d906dd22d5eb6ef76e71db1b46dc4d40a2acfb")
R_LISTS = ("MichaelChirico/r-mailing-list-archive", "537fd9364a812dae1a01c0f6f96bfee53fb415f0")
BCM43XX = ("BackupTheBerlios/bcm43xx-dev-maillist", "3c354c9111f42b03f8e207f9441f822904673667")
AT76 = ("BackupTheBerlios/at76c503a-user-maillist", "77b65a9daeb4407972f2ecfd771dd24601e30e7c")
CCTOOLS = ("BackupTheBerlios/cctools-i18n-maillist", "3f5193b1c5107514b2da581ad956bfb77b715028")

# (file name, (repository, commit), archive path, Message-ID, is_ooo, language, return date, source, note)
PIPERMAIL = [
    ("geos-devel-2002-07-human-away-on-holidays-backup-contact.eml", OSGEO, "geos-devel/2002-July.txt",
     "<5A94289A9268514C8D6C0F1FF44BA027059963@venus.VividSolutions.com>", "0", "en", "", "osgeo_lists",
     'a maintainer\'s own note to a user, in a notice\'s words: "I am away on holidays until August 19th.  I\'m not '
     'sure I will be able to check my email during this time, but I will try." and a backup contact'),
    ("geos-devel-2009-09-human-was-on-holiday-delay.eml", OSGEO, "geos-devel/2009-September.txt",
     "<4AB8E461.50909@geodan.nl>", "0", "en", "", "osgeo_lists",
     '"I was on holiday, therefore my delay in answering your question." then an answer under the quote'),
    ("geos-devel-2016-07-human-on-vacation-next-week-reviews.eml", OSGEO, "geos-devel/2016-July.txt",
     "<CADFUPgdMEni6Uq8c0dEiCvqbqiSMMS0Bs9gdfpJZAukM4_FrZQ@mail.gmail.com>", "0", "en", "", "osgeo_lists",
     '"Just had a chance to look at this now (on vacation for the next week) and it looks pretty good." and a review'),
    ("pdal-2011-05-human-out-of-office-tomorrow.eml", OSGEO, "pdal/2011-May.txt",
     "<008c01cc0e62$5e87e550$1b97aff0$@flaxen.com>", "0", "en", "", "osgeo_lists",
     'a design answer that ends "I\'m booked up all today ..., am out of the office all day tomorrow"'),
    ("pdal-2017-06-human-weekly-report-on-vacation.eml", OSGEO, "pdal/2017-June.txt",
     "<CAPRzK5bTwyLT49upNETAyZzhSRBmGbn_mAf3Q-A0jX8efCVL9g@mail.gmail.com>", "0", "en", "", "osgeo_lists",
     'a student\'s weekly report: "I will be on vacation from June 16 until June 27. My access to the internet may be '
     'limited during this time."'),
    ("bcm43xx-dev-2007-08-human-on-vacation-slow-connection.eml", BCM43XX, "2007-August.txt",
     "<20070812181507.47lqj6j46c4444gc@webmailbeta.spamcop.net>", "0", "en", "", "berlios_lists",
     '"[I\'m sorry I\'m on vacation on a very slow connection, so I may not be able to reply soon, but I\'ll post '
     'anyway]" then a proposal'),
    ("at76c503a-user-2007-09-human-was-on-holiday.eml", AT76, "2007-September.txt.gz",
     "<1189019897.3285.16.camel@localhost.localdomain>", "0", "en", "", "berlios_lists",
     '"apologies for taking so long to get back to you on this. I was on holiday at the time you wrote" and a bug '
     'report'),
    ("cctools-i18n-2006-06-human-away-on-holiday-thanks.eml", CCTOOLS, "2006-June.txt.gz",
     "<449698E8.8020405@creativecommons.org>", "0", "en", "", "berlios_lists",
     '"thank everyone ... over the past week while I\'ve been away on holiday" and a release status'),
    ("r-sig-geo-2014-04-human-es-vacaciones-en-mayo.eml", R_LISTS, "r-sig-geo/2014-April.txt",
     "<4F295760B4047D40A4B655C13B8B57B75E2DB3D0@me-mbx1.medschl.cam.ac.uk>", "0", "es", "", "r_mailing_lists_archive",
     'a private line sent to the list by mistake, above the whole digest: "No lo he dicho xo resulta evidente: las '
     'vacaciones en Mayo depende tb de lo de tu tío..." (a holiday spoken of, nobody away)'),
]
