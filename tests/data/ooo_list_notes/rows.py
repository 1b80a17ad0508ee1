"""The rows make.py builds (round 7, session 4: fresh-ooo4). Labelled from each mail's own text before mailer was run
on any of them: is_ooo 1 is an automatic out-of-office notice, 0 a person writing about an absence (the traps).
return_date follows the README's "Return dates" rules; empty for a person's note."""

# repository -> (source column, commit, kind of archive)
#   inbox:     a public-inbox git archive, one commit per message, the mail in the file `m` (whole, real headers)
#   pipermail: a pipermail text archive (one file per month or quarter), the message cut out by its Message-ID
#   jekyll:    a Jekyll page per message (the Grase Hotspot archive): header fields and the raw body
LORE = "linux-mailinglist-archives/"
ARCHIVES = {
    LORE + "dm-devel.redhat.com.0": ("lore_list_archives", "", "inbox"),
    LORE + "iommu.lists.linux-foundation.org.0": ("lore_list_archives", "", "inbox"),
    LORE + "kvmarm.lists.cs.columbia.edu.0": ("lore_list_archives", "", "inbox"),
    LORE + "linaro-mm-sig.lists.linaro.org.0": ("lore_list_archives", "", "inbox"),
    LORE + "linux-aspeed.lists.ozlabs.org.0": ("lore_list_archives", "", "inbox"),
    LORE + "linux-hyperv.vger.kernel.org.0": ("lore_list_archives", "", "inbox"),
    LORE + "nvdimm.lists.linux.dev.0": ("lore_list_archives", "", "inbox"),
    LORE + "drbd-dev.lists.linbit.com.0": ("lore_list_archives", "", "inbox"),
    LORE + "linux-s390.vger.kernel.org.0": ("lore_list_archives", "", "inbox"),
    LORE + "spice-devel.lists.freedesktop.org.0": ("lore_list_archives", "", "inbox"),
    "BackupTheBerlios/crrcsim-devel-maillist": ("berlios_lists", "1c80c47ae3db1dae6a62e254e9d3b58fd61d57ac",
                                                "pipermail"),
    "BackupTheBerlios/toped-development-maillist": ("berlios_lists", "96c80b47aa5d6aa8cb2cc79d492c3f3411e9735d",
                                                    "pipermail"),
    "BackupTheBerlios/simuze-hackers-maillist": ("berlios_lists", "6e51552536483b1cd360de4476e30e333a1f6ba9",
                                                 "pipermail"),
    "MichaelChirico/r-mailing-list-archive": ("r_mixed_models_archive", "537fd9364a812dae1a01c0f6f96bfee53fb415f0",
                                              "pipermail"),
    "r-mailing-lists/r-help-es": ("r_mailing_lists", "06d9c756291ba91d57f50e350a737e69691300e1", "pipermail"),
    "GraseHotspot/mailing-list-archives": ("grase_hotspot_archive", "34effa61addeb78a9664fc8cfb87d70637006a88",
                                           "jekyll"),
}

# (file, repository, where: the message's commit (inbox) or the archive path, Message-ID (pipermail) or "",
#  is_ooo, language, return_date, note)
ROWS = [
    # ---- the one notice these archives held (is_ooo 1)
    ("grase-2015-10-lotus-rueckkehr-am.eml", "GraseHotspot/mailing-list-archives",
     "_emails/2015/10/c987d1fe51428bec1d39f54fcfb28359518fc7250934469736a9bae9b0f620a3.md", "", "1", "de",
     "2015-10-13",
     'German Lotus Notes notice from a German district administration, subject "AUTO: … is out of the office. '
     '(Rückkehr am 13.10.2015)": "Ich kehre zurück am 13.10.2015. Hinweis: Dies ist eine automatische Antwort auf '
     'Ihre Nachricht …"; "zurück am X" → X'),
    # ---- people writing about an absence, whole mails with their real headers (lore public-inbox archives)
    ("dm-devel-2023-08-human-about-to-head-out-for-vacation.eml", LORE + "dm-devel.redhat.com.0",
     "769664b6726679de7faf558c433216a6f5094a91", "", "0", "en", "",
     'a reviewer\'s Acked-by: "That\'s not exactly the deep review I\'d like to do, but as I\'m about to head out for '
     'vacation that\'s probably as good as it gets."'),
    ("dm-devel-2021-01-human-was-on-vacation-last-week.eml", LORE + "dm-devel.redhat.com.0",
     "2c77a9d9cfd533e0ca5c1fc0d3d1eb73ac080ec1", "", "0", "en", "",
     'an answer in a patch thread: "Hello Mimi, Sorry for the late response. I was on vacation last week.", then '
     "the quoted review"),
    ("iommu-2022-07-human-on-vacation-couple-of-weeks.eml", LORE + "iommu.lists.linux-foundation.org.0",
     "9669ac6bf7494fe9dfae043f63d69f1ac72e2dec", "", "0", "en", "",
     'a patch series\' cover letter: "P.S. I\'m on vacation for the next couple of weeks starting next Monday; '
     'Dexuan/Michael should be able to address review feedback in that period." (notice wording, with people to ask)'),
    ("iommu-2022-05-human-pull-request-late-vacation.eml", LORE + "iommu.lists.linux-foundation.org.0",
     "652055499615e104eb83074ca7a61f2223fdae47", "", "0", "en", "",
     'a maintainer\'s pull request: "Apologies for the late pull request … Some vacation and a public holiday came in '
     'between here."'),
    ("iommu-2021-06-human-was-on-pto.eml", LORE + "iommu.lists.linux-foundation.org.0",
     "372c70a18334c7fc8b042da67aa33e6594f1bc18", "", "0", "en", "",
     'an answer: "Sorry for the late response. Was on PTO on Friday last week. Please see comments below."'),
    ("iommu-2021-02-human-on-vacation-come-back-at.eml", LORE + "iommu.lists.linux-foundation.org.0",
     "25151182676c7dbc5cd52f92efd449831ff7ed83", "", "0", "en", "",
     'a developer in a patch thread: "Cheers for these discussion. :) I am on vacation, and will come back at 2.18.", '
     "signed, over the quoted thread (a notice's words, written by hand)"),
    ("kvmarm-2022-01-human-before-going-on-holiday.eml", LORE + "kvmarm.lists.cs.columbia.edu.0",
     "8dec355713286bc0689e5859d55f748401e71dd0", "", "0", "en", "",
     'an answer: "Sorry for the long silence, I didn\'t manage to get to your comments before going on holiday."'),
    ("kvmarm-2020-11-human-out-of-office-some-days.eml", LORE + "kvmarm.lists.cs.columbia.edu.0",
     "ac74d62273e300fae49e6c5887bfbd83e00e18ac", "", "0", "en", "",
     'an answer: "Apologies that reply later because of out of office some days.", then a Chinese quote header '
     '("在 2020/10/23 17:17, … 写道:")'),
    ("kvmarm-2020-09-human-been-on-holiday.eml", LORE + "kvmarm.lists.cs.columbia.edu.0",
     "d985d7a56b67fc3ced0fed2ec8e3edc49c87cf9e", "", "0", "en", "",
     'an answer: "Sorry for the slow response, I\'ve been on holiday."'),
    ("linaro-mm-sig-2022-09-human-been-on-vacation.eml", LORE + "linaro-mm-sig.lists.linaro.org.0",
     "437688e518103493b2d2b5502456fb7f9efdaff2", "", "0", "en", "",
     'an answer: "I\'ve been on vacation. Sorry for the late reply." then plans'),
    ("linaro-mm-sig-2022-08-human-went-on-vacation.eml", LORE + "linaro-mm-sig.lists.linaro.org.0",
     "67a750906e3b5491de706f7d1d9f998f0b8acf97", "", "0", "en", "",
     'an answer: "Sorry for the late reply, I went on vacation last week."'),
    ("linaro-mm-sig-2021-02-human-back-from-vacations.eml", LORE + "linaro-mm-sig.lists.linaro.org.0",
     "c9fffa35bcd72d513350c300b9693a08553ee121", "", "0", "en", "",
     'a maintainer: "Back from vacations." then answers inline'),
    ("linaro-mm-sig-2021-01-human-away-next-week.eml", LORE + "linaro-mm-sig.lists.linaro.org.0",
     "f3aafca2ef18e018762846f36f500db653815def", "", "0", "en", "",
     'an RFC patch whose notes say "I\'ll be away next week, but figured I\'ll type this up quickly for some '
     'comments"'),
    ("linux-aspeed-2025-01-human-late-reply-due-to-vacation.eml", LORE + "linux-aspeed.lists.ozlabs.org.0",
     "183a8ffdebc8f01a7d70b590ac18ebbee9fc1f01", "", "0", "en", "",
     'an answer: "Hello Rob, Thanks for the review. Sorry for the late reply due to vacation." (the same writer '
     "answered three more reviews the same way that day; one kept)"),
    ("linux-aspeed-2024-05-human-missed-releases-on-leave.eml", LORE + "linux-aspeed.lists.ozlabs.org.0",
     "eba467d594ce31f3e7151769700aefd03912c6d9", "", "0", "en", "",
     'a maintainer\'s pull request: "I\'ve missed a few releases as I was on leave. Andrew Jeffery has stepped up '
     'and helped this cycle"'),
    ("linux-aspeed-2019-08-human-away-this-week-andrew-on-hand.eml", LORE + "linux-aspeed.lists.ozlabs.org.0",
     "a63b47dbda71b8be71fd3d8871693f37d475b8dc", "", "0", "en", "",
     'a maintainer\'s pull request: "I\'ll be away for this week, but Andrew will be on hand to help out." (an '
     "absence and a stand-in, as a notice names them)"),
    ("linux-hyperv-2024-10-human-just-got-back-from-vacation.eml", LORE + "linux-hyperv.vger.kernel.org.0",
     "09ddcfaff84865654e46b0668ef7510501ca29c8", "", "0", "en", "",
     'an answer: "Michael - sorry for the delay, I just got back from vacation."'),
    ("nvdimm-2025-12-human-was-on-vacation-responses-inline.eml", LORE + "nvdimm.lists.linux.dev.0",
     "e2dd856b7366bb196130d106da4286c50091c55d", "", "0", "en", "",
     'an answer: "Sorry for the delay here. I was on vacation. Responses inline."'),
    ("nvdimm-2023-08-human-just-come-back-from-vacation.eml", LORE + "nvdimm.lists.linux.dev.0",
     "6f1e315878608c629fb5c96d0d042b9aea09cae9", "", "0", "en", "",
     'an answer: "Sorry for late response. Just come back from vacation.", then an Emacs-style quote header'),
    ("drbd-dev-2025-07-human-vacation-season-delay.eml", LORE + "drbd-dev.lists.linbit.com.0",
     "85f85cbc9f2ca1a5160584ca1633c9aac547cf62", "", "0", "en", "",
     'a maintainer to a contributor: "It is currently vacation season here in Europe where the DRBD maintainers are '
     'based, so there will be a delay in responding to them. Thanks for your patience." (a notice\'s promise, by '
     "hand)"),
    ("drbd-dev-2024-10-human-out-on-vacation-in-july.eml", LORE + "drbd-dev.lists.linbit.com.0",
     "11b3d2b3e9447cf5695f1ed02ad0e7e45bd2913c", "", "0", "en", "",
     'a maintainer: "I\'m sorry I dropped the ball on this. I was out on vacation in July, and when I came back, '
     '1000 things needed my attention."'),
    ("linux-s390-2024-12-human-on-holiday-from-next-week.eml", LORE + "linux-s390.vger.kernel.org.0",
     "ebaf04711ccb7da8250c3d5c5eebc669eef227bb", "", "0", "en", "",
     'a reviewer\'s NACK: "I\'m on holiday from next week, it\'s not really fair to put this all on Liam immediately '
     'prior to Christmas"'),
    ("linux-s390-2024-06-human-catching-up-after-vacation.eml", LORE + "linux-s390.vger.kernel.org.0",
     "ad7f9707b796db34b33644bebd92cdb8311bfe7d", "", "0", "en", "",
     'an answer: "sorry for the late reply, I\'m just catching up after a bit of a vacation."'),
    ("linux-s390-2023-04-human-on-vacation-two-weeks.eml", LORE + "linux-s390.vger.kernel.org.0",
     "dbd683309c401048e89b8eeabb26cb5f4e4ea56e", "", "0", "en", "",
     'a patch series\' cover letter: "I\'ll be on vacation for ~2 weeks, so sending it out now"'),
    ("linux-s390-2022-08-human-on-holiday-when-this-came-in.eml", LORE + "linux-s390.vger.kernel.org.0",
     "18b44eedf9ee3eac6c52f5e4b9bf7c32d1ec94f5", "", "0", "en", "",
     'an answer: "(Apologies for the delay; I was on holiday when this came in and it was lost in the noise.)"'),
    ("linux-s390-2022-08-human-missed-report-out-of-the-office.eml", LORE + "linux-s390.vger.kernel.org.0",
     "4ce52acb80be02565c8e8bb3cc0b732b25502cef", "", "0", "en", "",
     'a patch cover letter: "Sorry I missed the initial report on this while out of the office." (the notice\'s '
     "words, in the past)"),
    ("linux-s390-2020-10-human-freshly-back-from-vacation.eml", LORE + "linux-s390.vger.kernel.org.0",
     "592b0be7fdf08ad2f72cf0bd801b945c2f4c974d", "", "0", "en", "",
     'a review: "freshly back from my vacation I\'ve just taken a look at your patch."'),
    ("linux-s390-2020-09-human-vacation-getting-closer.eml", LORE + "linux-s390.vger.kernel.org.0",
     "1fe892de529936d24245dd7cd290ed9117bd50ec", "", "0", "en", "",
     'a pull request: "it doesn\'t look like that will happen soon and my vacation is getting closer. So here we '
     'go:"'),
    ("spice-devel-2025-05-human-sorry-i-was-on-vacation.eml", LORE + "spice-devel.lists.freedesktop.org.0",
     "9e547c9e9dcc4efe6e3d211f05a01819cddb2cf7", "", "0", "en", "",
     'a German university developer: "Sorry for the late reply — I was on vacation. Thank you very much for the '
     'detailed explanation"'),
    # ---- people, from pipermail archives (partial headers)
    ("crrcsim-devel-2009-12-human-back-from-8-days.eml", "BackupTheBerlios/crrcsim-devel-maillist",
     "2009-December.txt", "<1261259666.5650.54.camel@joel-portable>", "0", "en", "",
     'a French developer\'s post: "Hello to all, I am back from 8 days "of line". Thanks to Jan of the correction …"'),
    ("toped-development-2008-06-human-away-for-a-week.eml", "BackupTheBerlios/toped-development-maillist",
     "2008-June.txt", "<4855AD7D.7010701@tiscali.co.uk>", "0", "en", "",
     'a maintainer\'s patch note: "As I mentioned - I\'m away for a week starting from Tuesday, so you have a day '
     'left to come back with your questions :) … Sergey can help, so feel free to post your questions here."'),
    ("toped-development-2008-01-human-after-the-holidays.eml", "BackupTheBerlios/toped-development-maillist",
     "2008-January.txt", "<477BCC9C.3090408@googlemail.com>", "0", "en", "",
     'a maintainer\'s answer: "Sorry for the delay... on the mailing list you should get quicker answer now after the '
     'holidays"'),
    ("simuze-hackers-2006-02-human-next-week-vacation.eml", "BackupTheBerlios/simuze-hackers-maillist",
     "2006-February.txt", "<001d01c63864$6b145ee0$9800000a@T22>", "0", "en", "",
     'a developer: "Also, next week = vacation, so I\'ve got enough time to dive into phpunit and phpdocumentor."'),
    ("r-sig-me-2008-07-human-pre-vacation-message.eml", "MichaelChirico/r-mailing-list-archive",
     "r-sig-mixed-models/2008q3.txt", "<40e66e0b0807030553x54670c3eo382d6ff9d4b41a20@mail.gmail.com>", "0", "en", "",
     'the lme4 author, at the end of a long answer: "I will take this opportunity to give a pre-vacation message. I '
     'will be off the net for the next week, relaxing in a beautiful home on a lake in Canada"'),
    ("r-sig-me-2010-07-human-at-user-then-on-vacation.eml", "MichaelChirico/r-mailing-list-archive",
     "r-sig-mixed-models/2010q3.txt", "<AANLkTimepkv4t4CKo5MRdvG0G+L9KfPo3546UTXb9XjH@mail.gmail.com>", "0", "en", "",
     'an answer: "Sorry for the late reply. As I indicated in another message, I was at useR!2010 then on vacation."'),
    ("r-sig-me-2008-05-human-back-from-a-day-out-of-office.eml", "MichaelChirico/r-mailing-list-archive",
     "r-sig-mixed-models/2008q2.txt", "<145C63777EF3ED41A5A99035845F7DD9D316E9@EVD-C8001.bk.evdad.admin.ch>", "0",
     "en", "",
     'a Swiss researcher: "This is very nice, indeed: to come back from a day out of office and finding one\'s own '
     'problem thoroughly discussed."'),
    ("r-sig-me-2009-02-human-lack-of-replies-from-me.eml", "MichaelChirico/r-mailing-list-archive",
     "r-sig-mixed-models/2009q1.txt", "<40e66e0b0902070633s428cbf0ekd3e37f1e82ccf2be@mail.gmail.com>", "0", "en", "",
     'a maintainer\'s own post "Lack of replies from me": "I regret that I have been absent from the list for some '
     'time."'),
    ("r-sig-me-2008-02-human-back-from-teaching.eml", "MichaelChirico/r-mailing-list-archive",
     "r-sig-mixed-models/2008q1.txt", "<40e66e0b0802140714s53c53213q65b48eca5c3e0309@mail.gmail.com>", "0", "en", "",
     'a maintainer: "Thanks for bringing it to my attention. I\'ll correct it as soon as I am back from teaching a '
     'class."'),
    ("r-help-es-2015-10-human-a-mi-regreso.eml", "r-mailing-lists/r-help-es", "raw/2015-October.mbox",
     "<56280cc9.1acc370a.452ee.5634@mx.google.com>", "0", "es", "",
     'an Argentinian answer with code: "Escribiría más pero ya me estoy yendo y a mi regreso posiblemente usted tenga '
     'el problema resuelto (es muy inteligente)."'),
    ("grase-2011-07-human-short-pause-on-development.eml", "GraseHotspot/mailing-list-archives",
     "_emails/2011/07/6902003e165a51b551a9ae252b5decf76abc5e589be68b5c6d99bfde0bbfeb27.md", "", "0", "en", "",
     'the maintainer\'s own post "Short Pause on Development": "if I seem absent, I am. … I won\'t be able to do '
     'anything until I get back in about 2 weeks."'),
    ("grase-2011-11-human-development-lull-holidays.eml", "GraseHotspot/mailing-list-archives",
     "_emails/2011/11/4395abf7cbbb19c9448a7474fe9756840d8533cd1ef6ebbaf7a21ca737c915de.md", "", "0", "en", "",
     'the maintainer\'s own post "Development Lull": "I\'ve now finished my end of year Uni exams … and am in '
     '"Holidays!". However, my holidays so far have been busy"'),
    ("grase-2012-06-human-away-this-week.eml", "GraseHotspot/mailing-list-archives",
     "_emails/2012/06/fb1cb4ea618034b94b6da26242682abdce73bca4fb5754af75f69f020464ed49.md", "", "0", "en", "",
     'a user: "Thanks Tim / I will be away this week so we have agreed to let it run as it is right now, and will '
     'tackle it next weekend"'),
    ("grase-2014-01-human-out-doors-dutch-outlook-quote.eml", "GraseHotspot/mailing-list-archives",
     "_emails/2014/01/e4b14b746d7835240dc49c6571a4c4753aaa1209adf9ead642aa23f23f8b3d73.md", "", "0", "en", "",
     'a Dutch user: "Sorry tim / I am out doors at the moment let you know later. / Regards / Peter", over a Dutch '
     'Outlook quote head ("Van: … Verzonden: maandag 6 januari 2014 … Aan: … Onderwerp:")'),
    ("grase-2014-09-human-away-from-my-computer.eml", "GraseHotspot/mailing-list-archives",
     "_emails/2014/09/9d6e20dfb94d7211cd18d1efb4584ceecaea05fe420cf14cfdf744be59340b91.md", "", "0", "en", "",
     'the maintainer: "I\'m away from my computer this week. There is a bug in the nightly squid package. I\'ll '
     'release a new package next week when I can build it."'),
    ("grase-2015-09-human-away-all-weekend.eml", "GraseHotspot/mailing-list-archives",
     "_emails/2015/09/be3ae3ec4d4d3f3542bbc0f46304e505e9ee4e9781147519e1f511b0d573edc5.md", "", "0", "en", "",
     'a user: "I will be away all weekend  I might re-install it all fresh Monday evening. Have a weekend."'),
]
