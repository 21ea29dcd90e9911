"""Demo content for the Quartiers portal: one entry per priority neighbourhood.

Pure data, no imports. Facts (places, organisations, actions, partners, 2011 web
sites) come from /work/shared/facts/study-2011.json; every French text below is
written afresh for residents who read with difficulty: short sentences, plain words.

Street addresses, phone numbers, e-mail addresses, opening hours and colours are
invented. Phone numbers use the 01 99 xx xx xx range, reserved for fiction in France;
e-mail domains all end in .example.org. The 2011 web sites are kept as plain data
only: they may be dead and must not be fetched.
"""

QUARTIERS = [
    {
        "slug": "sainte-musse",
        "name": "Sainte-Musse",
        "city": "Toulon",
        "departement": "Var",
        "departement_code": "83",
        "territory": "ZUS Sainte-Musse",
        "intro": [
            "Bienvenue sur le site du quartier Sainte-Musse, à Toulon. "
            "Ici, vous trouvez les lieux utiles près de chez vous. "
            "Vous trouvez aussi les activités et les nouvelles du quartier.",
            "Des habitants ont raconté l'histoire du quartier, de l'après-guerre à nos jours. "
            "Ils ont fait un film, une maquette et une exposition au centre social.",
            "La Cyber-base Sainte-Musse vous aide à utiliser un ordinateur. "
            "Elle se trouve à la Maison des services publics.",
        ],
        "epn": {
            "name": "Cyber-base Sainte-Musse",
            "host": (
                "Le centre socio-culturel de Sainte-Musse gère cet espace, "
                "à la Maison des services publics."
            ),
            "street": "14 avenue des Mimosas",
            "postcode": "83100",
            "phone": "01 99 83 10 01",
            "email": "contact@sainte-musse.example.org",
            "website_2011": "http://www.csc-stemusse.fr/",
            "what_we_do": [
                "Trois animateurs vous accueillent et vous aident sur l'ordinateur.",
                "Pendant l'école, nous suivons une classe d'élèves arrivés depuis peu en France.",
                "Nous tenons une permanence pour l'emploi, avec d'autres partenaires.",
                "Nous proposons des ateliers adaptés aux habitants d'une maison de retraite.",
                "Nous avons aidé les habitants à raconter la mémoire du quartier.",
            ],
            "hours": [
                (0, "14:00", "18:00"),
                (1, "09:00", "12:00"),
                (1, "14:00", "18:00"),
                (2, "09:00", "12:00"),
                (3, "14:00", "18:00"),
                (4, "09:00", "12:00"),
            ],
        },
        "partners": [
            "Mission locale de Toulon",
            "CIO",
            "Mairie de Toulon (service seniors)",
            "Communauté d'agglomération Toulon Provence Méditerranée",
            "CAF",
            "Centre des impôts",
            "Sécurité routière",
            "Collège",
            "Associations du quartier",
        ],
        "photo_palette": ("#0b6e8a", "#f4a259"),
    },
    {
        "slug": "amandiers-menilmontant",
        "name": "Amandiers-Ménilmontant",
        "city": "Paris 20e",
        "departement": "Paris",
        "departement_code": "75",
        "territory": "Les Amandiers (hors ZUS)",
        "intro": [
            "Bienvenue sur le site des Amandiers, à Ménilmontant, dans le 20e arrondissement. "
            "Ici, vous trouvez les services et les activités près de chez vous.",
            "Au Relais Ménilmontant, un espace informatique vous accueille. "
            "Il est au rez-de-chaussée d'un immeuble du quartier.",
            "Les habitants ont dit ce qu'ils attendent de cet espace. "
            "D'abord apprendre, et aussi passer un bon moment ensemble.",
        ],
        "epn": {
            # The study's name is "EPN du Relais Ménilmontant"; its own users found
            # the word EPN meaningless, so the demo uses a plain name instead.
            "name": "Espace informatique du Relais Ménilmontant",
            "host": (
                "Le centre social Le Relais Ménilmontant gère cet espace, "
                "au rez-de-chaussée d'un immeuble."
            ),
            "street": "27 rue des Amandiers-Fleuris",
            "postcode": "75020",
            "phone": "01 99 75 20 02",
            "email": "contact@relais-menilmontant.example.org",
            "website_2011": "http://relaismenilmontant.jimdo.com/",
            "what_we_do": [
                "Un animateur et des bénévoles vous aident à utiliser l'ordinateur.",
                "Au début, nous parlons seul à seul avec vous de vos besoins.",
                "À la fin de chaque série d'ateliers, vous nous donnez votre avis.",
                "Nous travaillons avec les autres équipes du centre social.",
                "Nous travaillons aussi avec la CAF et la mairie du 20e.",
            ],
            "hours": [
                (0, "14:00", "18:00"),
                (1, "14:00", "19:00"),
                (2, "10:00", "12:30"),
                (3, "14:00", "19:00"),
                (4, "14:00", "18:00"),
                (5, "10:00", "13:00"),
            ],
        },
        "partners": [
            "Centre social (autres secteurs)",
            "ASSFAM",
            "CAF",
            "Mairie du 20e",
            "Ville de Paris",
            "Associations du quartier",
        ],
        "photo_palette": ("#5b3f8c", "#f7c548"),
    },
    {
        "slug": "bellefontaine",
        "name": "Bellefontaine",
        "city": "Toulouse",
        "departement": "Haute-Garonne",
        "departement_code": "31",
        "territory": "ZFU La Reynerie, Bellefontaine, Faourette, Bagatelle, Bordelongue",
        "intro": [
            "Bienvenue sur le site de Bellefontaine, à Toulouse. "
            "Le quartier fait partie du Grand Mirail. "
            "Ses voisins sont la Reynerie, la Faourette, Bagatelle et Bordelongue.",
            "Depuis 2001, des habitants écrivent la Lettre de Bellefontaine. "
            "Tout le monde peut y participer. "
            "On y lit des témoignages, la vie du quartier et l'avancée des travaux.",
            "La Cyber-base Quartier 31 est au bord du quartier. "
            "Elle vous aide à utiliser l'ordinateur et Internet.",
        ],
        "epn": {
            "name": "Cyber-base Quartier 31",
            "host": (
                "L'association Quartier 31, qui est aussi un Point Information Jeunesse, "
                "gère cet espace."
            ),
            "street": "5 allée des Tilleuls",
            "postcode": "31100",
            "phone": "01 99 31 10 03",
            "email": "contact@quartier31.example.org",
            "website_2011": "http://www.quartier31.org/",
            "what_we_do": [
                "Deux animateurs vous accompagnent, par exemple pour chercher un emploi.",
                "Nous formons les très petites entreprises à Internet et à l'ordinateur.",
                "Nous animons des ateliers pour des classes adaptées du collège.",
                "Avec les habitants, nous écrivons et mettons en page la Lettre de Bellefontaine.",
                "Une personne vous accueille et vous oriente dès votre arrivée.",
            ],
            "hours": [
                (0, "14:00", "18:00"),
                (1, "09:30", "12:30"),
                (1, "14:00", "18:00"),
                (2, "14:00", "18:00"),
                (3, "09:30", "12:30"),
                (4, "14:00", "17:00"),
            ],
        },
        "partners": [
            "Centre social",
            "CAF",
            "Maison commune emploi formation",
            "PLIE",
            "Mission locale de Toulouse",
            "Régie de quartier",
            "Centre de loisirs du collège",
        ],
        "photo_palette": ("#b5473a", "#f6d8ae"),
    },
    {
        "slug": "planoise",
        "name": "Planoise",
        "city": "Besançon",
        "departement": "Doubs",
        "departement_code": "25",
        "territory": "ZUS et ZFU Planoise",
        "intro": [
            "Bienvenue sur le site de Planoise, à Besançon. "
            "Ici, vous trouvez les lieux et les activités du quartier.",
            "Le centre culturel Nelson Mandela réunit beaucoup de services. "
            "Il y a un centre social, une médiathèque et une maison des associations. "
            "Il y a aussi un point d'information pour les jeunes et la Cyber-base.",
            "Avec « Raconte-moi Planoise », des habitants prennent leur quartier en photo. "
            "Leurs images montrent Planoise comme ils le voient.",
        ],
        "epn": {
            "name": "Cyber-base Planoise",
            "host": "La ville de Besançon gère cet espace, au centre culturel Nelson Mandela.",
            "street": "9 place des Érables",
            "postcode": "25000",
            "phone": "01 99 25 00 04",
            "email": "contact@cyberbase-planoise.example.org",
            "website_2011": "http://besancon.cyber-base.org/",
            "what_we_do": [
                "Des agents de la ville vous accueillent et vous aident sur l'ordinateur.",
                "Avec le CCAS (Centre communal d'action sociale), "
                "nous accueillons des travailleurs handicapés.",
                "Avec le centre social, nous aidons à garder la mémoire du quartier.",
                "Nous travaillons avec des associations qui aident à apprendre le français.",
                "Avec la maison de quartier, nous aidons les habitants à faire leurs photos.",
            ],
            "hours": [
                (1, "13:30", "18:00"),
                (2, "09:00", "12:00"),
                (2, "13:30", "18:00"),
                (3, "13:30", "18:00"),
                (4, "13:30", "17:00"),
                (5, "09:00", "12:00"),
            ],
        },
        "partners": [
            "CCAS de Besançon",
            "INFA",
            "Associations d'ateliers sociolinguistiques",
            "Groupe de solidarité emploi",
            "CDIFF",
            "Maison de quartier de Planoise",
        ],
        "photo_palette": ("#2f6f4f", "#e9c46a"),
    },
    {
        "slug": "moulins-sud",
        "name": "Moulins Sud",
        "city": "Moulins",
        "departement": "Allier",
        "departement_code": "03",
        "territory": "ZUS Moulins Sud",
        "intro": [
            "Bienvenue sur le site de Moulins Sud. "
            "Le quartier réunit les Champins, Champmillan et Nomazy.",
            "Ici, vous trouvez les services utiles et les nouvelles du quartier.",
            "La Cyber-base Moulins Habitat est ouverte depuis 2000. "
            "Elle est dans une maison des associations, tout près de chez vous.",
        ],
        "epn": {
            "name": "Cyber-base Moulins Habitat",
            "host": "Moulins Habitat, l'organisme HLM du quartier, gère cet espace depuis 2000.",
            "street": "3 rue des Vignes",
            "postcode": "03000",
            "phone": "01 99 03 00 05",
            "email": "contact@cyberbase-moulins.example.org",
            "website_2011": "http://moulinshabitat.cyber-base.org/",
            "what_we_do": [
                "Nous animons des ateliers pour vous aider à trouver un emploi.",
                "Des conseillers de la Mission locale animent ces ateliers avec nous.",
                "Nous préparons un accord avec France Travail, l'ancien Pôle emploi.",
                "Moulins Habitat paie l'équipe, le local et les activités.",
                "Nous travaillons avec la Ligue de l'enseignement et les associations.",
            ],
            "hours": [
                (0, "14:00", "17:30"),
                (1, "09:00", "12:00"),
                (2, "14:00", "18:00"),
                (3, "09:00", "12:00"),
                (4, "14:00", "17:30"),
            ],
        },
        "partners": [
            "Mission locale de Moulins",
            "Moulins Habitat (bailleur)",
            "Ligue de l'enseignement",
            "Associations du quartier",
        ],
        "photo_palette": ("#7a3e65", "#9cd3c4"),
    },
    {
        "slug": "vallon-jayon",
        "name": "Vallon Jayon",
        "city": "Grigny (Rhône)",
        "departement": "Rhône",
        "departement_code": "69",
        "territory": "ZUS Vallon Jayon",
        "intro": [
            "Bienvenue sur le site du Vallon Jayon, à Grigny, dans le Rhône. "
            "Ici, vous trouvez les lieux utiles et les actions du quartier.",
            "La M@ison de Grigny est une association. "
            "Depuis 2007, elle est installée dans un centre de formation.",
            "Dans le même bâtiment, il y a la Mission locale pour les jeunes. "
            "Il y a aussi le GRETA, qui forme les adultes.",
        ],
        "epn": {
            "name": "La M@ison de Grigny",
            "host": "Une association gère ce lieu depuis 2007, dans un centre de formation.",
            "street": "21 chemin des Vergers",
            "postcode": "69520",
            "phone": "01 99 69 52 06",
            "email": "contact@maison-grigny.example.org",
            "website_2011": "http://maison-tic.org/",
            "what_we_do": [
                "Pour la région, nous remettons en état des ordinateurs (Ordi 2.0).",
                "Nous conseillons les projets des quartiers du Grand Lyon.",
                "Dans les collèges, nous apprenons aux élèves à bien utiliser Internet.",
                "Nous aidons les parents à suivre en ligne la scolarité de leurs enfants.",
            ],
            "hours": [
                (0, "13:30", "17:30"),
                (1, "09:00", "12:00"),
                (1, "13:30", "17:30"),
                (2, "09:00", "12:00"),
                (3, "13:30", "17:30"),
                (4, "09:00", "12:00"),
            ],
        },
        "partners": [
            "Grand Lyon",
            "Ville de Givors",
            "Ville de Grigny",
            "Collèges",
            "PLIE",
            "Chantiers d'insertion",
            "Associations de solidarité",
        ],
        "photo_palette": ("#264653", "#e76f51"),
    },
    {
        "slug": "kerourien",
        "name": "Kérourien",
        "city": "Brest",
        "departement": "Finistère",
        "departement_code": "29",
        "territory": "ZUS Kérourien",
        "intro": [
            "Bienvenue sur le site de Kérourien, à Brest. "
            "Ici, on partage les nouvelles et les bons plans du quartier.",
            "Le journal Couleur Quartier sort quatre fois par an. "
            "Ce sont les habitants qui l'écrivent.",
            "L'espace multimédia est au centre social Couleurs Quartier. "
            "Venez apprendre l'ordinateur, à votre rythme.",
        ],
        "epn": {
            "name": "Espace public multimédia de Kerourien",
            "host": (
                "Le centre social Couleurs Quartier, la ville et la Ligue de l'enseignement "
                "gèrent cet espace."
            ),
            "street": "8 rue de l'Aber",
            "postcode": "29200",
            "phone": "01 99 29 20 07",
            "email": "contact@kerourien.example.org",
            "website_2011": "http://www.couleurquartier.infini.fr/",
            "what_we_do": [
                "Chaque semaine, nous accueillons des classes adaptées du collège.",
                "Après l'école, nous proposons des ateliers en soirée.",
                "Les ateliers Net@l'emploi aident à chercher un emploi sur Internet.",
                "Un conseiller du quartier anime ces ateliers emploi avec nous.",
                "Nous aidons à faire le journal et le site Couleur Quartier.",
            ],
            "hours": [
                (0, "14:00", "18:00"),
                (1, "14:00", "20:00"),
                (2, "10:00", "12:00"),
                (2, "14:00", "18:00"),
                (3, "14:00", "20:00"),
                (4, "14:00", "18:00"),
            ],
        },
        "partners": [
            "Centre social",
            "Mairie de Brest",
            "Ligue de l'enseignement",
            "Confédération syndicale des familles",
            "Éducateurs spécialisés du quartier",
        ],
        "photo_palette": ("#14505c", "#a8dadc"),
    },
    {
        "slug": "nice-est",
        "name": "Nice-Est",
        "city": "Nice",
        "departement": "Alpes-Maritimes",
        "departement_code": "06",
        "territory": "En bordure de la ZUS Nice-Est, près de la ZRU de L'Ariane",
        "intro": [
            "Bienvenue sur le site de Nice-Est, près de L'Ariane. "
            "Ici, vous trouvez les lieux et les rendez-vous du quartier.",
            "Le Hublot est un lieu de culture et d'informatique. "
            "Il est dans L'Entre-Pont, un ancien entrepôt de la ville.",
            "Chaque année, l'art numérique s'installe sur la place. "
            "À Noël, une semaine de fête se prépare avec les commerçants. "
            "Les soirées « CLIC à oreilles » ont lieu dans un bar ou une salle paroissiale.",
        ],
        "epn": {
            "name": "Espace culturel multimédia Le Hublot",
            "host": "L'association DIVA, qui fait du spectacle, gère ce lieu à L'Entre-Pont.",
            "street": "2 traverse des Oliviers",
            "postcode": "06300",
            "phone": "01 99 06 30 08",
            "email": "contact@lehublot-nice.example.org",
            "website_2011": "http://www.lehublot.net/",
            "what_we_do": [
                "Pour l'emploi : trois séances de trois heures, en petit groupe.",
                "Vous apprenez à utiliser le site de France Travail et à postuler en ligne.",
                "Nous filmons de faux entretiens d'embauche, pour vous entraîner.",
                "Jeunes et collégiens créent des dessins animés pour Internet.",
                "Nous travaillons avec les chantiers d'insertion et le PLIE.",
            ],
            "hours": [
                (1, "14:00", "18:00"),
                (2, "09:30", "12:30"),
                (2, "14:00", "18:00"),
                (3, "14:00", "18:00"),
                (4, "09:30", "12:30"),
                (5, "10:00", "13:00"),
            ],
        },
        "partners": [
            "Chantiers écoles",
            "Chantiers d'insertion",
            "PLIE",
            "Mission locale",
            "Collège",
            "MJC",
            "Commerçants du quartier",
            "Artistes en résidence",
        ],
        "photo_palette": ("#0077b6", "#ffb703"),
    },
    {
        "slug": "noyer-renard",
        "name": "Le Noyer Renard",
        "city": "Athis-Mons",
        "departement": "Essonne",
        "departement_code": "91",
        "territory": "ZUS Le Noyer Renard",
        "intro": [
            "Bienvenue sur le site du Noyer Renard, à Athis-Mons. "
            "Environ 4 000 personnes vivent dans le quartier.",
            "Ce site présente tous les acteurs du quartier. "
            "Par exemple : la mairie annexe, la CAF, le centre social, les transports. "
            "Il explique aussi les démarches aux nouveaux habitants.",
            "Chaque année, un festival montre ce qu'on peut faire avec le numérique. "
            "Plus de 400 personnes y viennent.",
        ],
        "epn": {
            "name": "Espace multimédia athégien (EMA)",
            "host": "Une association gère cet espace, dans deux locaux prêtés par Immobilière 3F.",
            "street": "11 rue des Glycines",
            "postcode": "91200",
            "phone": "01 99 91 20 09",
            "email": "contact@ema-athis.example.org",
            "website_2011": "http://www.ema91.asso.fr/",
            "what_we_do": [
                "Chaque année, nous organisons le festival des usages du numérique.",
                "Avec le PLIE (Plan local pour l'insertion et l'emploi), "
                "nous aidons à trouver un emploi.",
                "Nous accueillons des enfants suivis par la Réussite éducative.",
                "Avec l'association Une chance pour réussir, nous aidons aux devoirs.",
                "Sept associations du quartier et Immobilière 3F dirigent l'association.",
            ],
            "hours": [
                (0, "14:00", "18:00"),
                (1, "14:00", "18:00"),
                (2, "09:30", "12:00"),
                (2, "14:00", "18:30"),
                (3, "14:00", "18:00"),
                (4, "14:00", "18:00"),
                (5, "10:00", "12:30"),
            ],
        },
        "partners": [
            "PLIE",
            "CCAS",
            "Immobilière 3F",
            "Mairie d'Athis-Mons",
            "Athis Alpha (alphabétisation)",
            "Conseil général de l'Essonne",
            "Centre social",
            "École d'art",
            "Mission locale",
        ],
        "photo_palette": ("#6a994e", "#f2e8cf"),
    },
    {
        "slug": "val-fourre",
        "name": "Le Val Fourré",
        "city": "Mantes-la-Jolie",
        "departement": "Yvelines",
        "departement_code": "78",
        "territory": "ZUS et ZFU Le Val Fourré",
        "intro": [
            "Bienvenue sur le site du Val Fourré, à Mantes-la-Jolie. "
            "Ici, vous trouvez les lieux et les activités du quartier.",
            "Le Chaplin est un lieu de culture, avec un cinéma et des expositions. "
            "Il partage son bâtiment avec la médiathèque de la ville.",
            "Des personnes qui apprennent le français écrivent ensemble une gazette. "
            "Elles voient leur propre texte imprimé.",
        ],
        "epn": {
            "name": "Espace culturel multimédia Le Chaplin",
            "host": "Le Chaplin est un centre culturel, à côté de la médiathèque municipale.",
            "street": "6 place des Peupliers",
            "postcode": "78200",
            "phone": "01 99 78 20 10",
            "email": "contact@lechaplin-mantes.example.org",
            "website_2011": "http://www.lechaplin.com/",
            "what_we_do": [
                "Avec des associations, nous animons des ateliers pour apprendre le français.",
                "300 personnes y viennent sur deux jours, dans une salle de 29 places.",
                "Avec « P'tits reporters », les enfants font des reportages sur le quartier.",
                "Nous accueillons aussi des enfants suivis par la Réussite éducative.",
                "Un professionnel met en page et imprime la gazette des ateliers.",
            ],
            "hours": [
                (1, "14:00", "18:00"),
                (2, "10:00", "12:30"),
                (2, "14:00", "18:00"),
                (3, "14:00", "18:00"),
                (4, "14:00", "18:00"),
                (5, "10:00", "17:00"),
            ],
        },
        "partners": [
            "Mairie de Mantes-la-Jolie",
            "Mairie de quartier du Val Fourré",
            "BIJ",
            "Écoles",
            "Associations d'ASL",
            "Mission locale",
            "Foyer de jeunes travailleurs",
        ],
        "photo_palette": ("#8d2b38", "#f4d35e"),
    },
    {
        "slug": "etats-unis",
        "name": "États-Unis",
        "city": "Lyon 8e",
        "departement": "Rhône",
        "departement_code": "69",
        "territory": "ZUS États-Unis",
        "intro": [
            "Bienvenue sur le site du quartier des États-Unis, à Lyon 8e. "
            "Ici, vous trouvez les services utiles près de chez vous.",
            "Au PIMMS, on vous aide pour vos papiers et vos factures. "
            "Par exemple : l'eau, le gaz, l'électricité, les transports ou la poste.",
            "Des ordinateurs sont libres pour faire vos démarches en ligne. "
            "Environ 60 personnes passent chaque jour.",
        ],
        "epn": {
            "name": "PIMMS Lyon États-Unis (Point information médiation multi-services)",
            "host": "Une association du réseau national des PIMMS gère ce lieu d'accueil.",
            "street": "40 rue des Lilas",
            "postcode": "69008",
            "phone": "01 99 69 08 11",
            "email": "contact@pimms-etats-unis.example.org",
            "website_2011": "http://www.pimms.org/",
            "what_we_do": [
                "Nous vous aidons à faire vos démarches administratives.",
                "Nous vous aidons à comprendre vos factures d'eau, de gaz et d'électricité.",
                "Nous répondons à vos questions sur les transports et la poste.",
                "Des ordinateurs sont à votre disposition pour vos démarches en ligne.",
            ],
            "hours": [
                (0, "13:30", "17:30"),
                (1, "09:00", "12:30"),
                (1, "13:30", "17:30"),
                (2, "09:00", "12:30"),
                (3, "13:30", "17:30"),
                (4, "09:00", "12:30"),
                (4, "13:30", "17:00"),
            ],
        },
        "partners": [
            "SNCF",
            "EDF",
            "Veolia",
            "GDF Suez",
            "ERDF",
            "La Poste",
            "Keolis Lyon",
        ],
        "photo_palette": ("#3d405b", "#81b29a"),
    },
]
