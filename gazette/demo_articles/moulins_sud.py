"""Demo content: Le Moulin à paroles (Moulins Sud: Champins, Champmillan, Nomazy).

Pure data. All people are invented; organisations come from the 2011 study facts.
"""

GAZETTE = {
    "name": "Le Moulin à paroles",
    "intro": (
        "Le journal des locataires et habitants des Champins, de Champmillan et de Nomazy. "
        "On y fait tourner les nouvelles du quartier, préparées à la Cyber-base Moulins "
        "Habitat."
    ),
    "issues": [
        {
            "number": 9,
            "date": "2026-06-19",
            "title": "Trouver sa place, trouver son chemin",
            "editorial": [
                "Vous venez d'emménager ? Vous cherchez du travail ? Ce numéro est pour "
                "vous. On y présente le guide des nouveaux arrivants et les ateliers emploi "
                "du mardi.",
                "Le Moulin à paroles est distribué dans les halls de Moulins Habitat. "
                "Il est aussi disponible à la maison des associations.",
            ],
        },
        {
            "number": 10,
            "date": "2026-10-16",
            "title": "Dixième numéro, même envie",
            "editorial": [
                "Dix numéros déjà ! Merci à tous ceux qui écrivent, qui photographient et "
                "qui nous arrêtent dans la rue pour nous donner une idée.",
                "Dans ce numéro : des enfants qui programment des robots, des aînés qui "
                "découvrent la tablette et une voisine qui a retrouvé du travail.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "cyber-base-chez-le-bailleur-depuis-2000",
            "title": "Un espace informatique chez le bailleur, depuis l'an 2000",
            "chapo": (
                "Ce n'est pas si courant : à Moulins Sud, c'est le bailleur social qui fait "
                "vivre la Cyber-base. Petit retour sur vingt-six ans d'histoire."
            ),
            "rubrique": "histoire",
            "tags": ["moulins habitat", "habitants"],
            "authors": ["Jean-Claude (habitant)"],
            "date": "2026-03-05",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "En 2000, Moulins Habitat a ouvert une Cyber-base dans la maison des "
                    "associations, juste à côté du quartier. À l'époque, peu de familles "
                    "avaient un ordinateur chez elles. Internet était lent et cher.",
                ),
                ("heading", "Le bailleur paie tout"),
                (
                    "paragraph",
                    "Depuis le début, c'est le bailleur qui prend tout en charge : les "
                    "salaires, le local, le fonctionnement et les activités. C'est rare en "
                    "France. Pour Moulins Habitat, aider ses locataires à se débrouiller "
                    "sur internet fait partie du métier.",
                ),
                (
                    "photo",
                    {
                        "caption": "La façade de la maison des associations, avec l'enseigne "
                        "de la Cyber-base au-dessus de la porte vitrée.",
                        "credit": "Kevin G.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'y ai envoyé mon premier courriel en 2001. Il est parti "
                        "chez ma sœur, à trois rues de chez moi.",
                        "attribution": "Jean-Claude, locataire aux Champins",
                    },
                ),
                (
                    "paragraph",
                    "Les ordinateurs ont changé plusieurs fois. Les besoins aussi : "
                    "aujourd'hui, on vient surtout pour l'emploi et les démarches. Mais "
                    "l'esprit reste le même.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "ateliers-emploi-mission-locale-moulins",
            "title": "Le mardi, on cherche du travail ensemble",
            "chapo": (
                "Les ateliers emploi de la Cyber-base sont animés avec des conseillers de "
                "la Mission locale de Moulins. Ambiance studieuse, mais détendue."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "mission locale", "cv"],
            "authors": ["Sabrina L."],
            "date": "2026-05-26",
            "issue": 9,
            "body": [
                (
                    "paragraph",
                    "Mardi, 14 heures. Huit jeunes s'installent devant les ordinateurs. À "
                    "côté de l'animatrice de la Cyber-base, une conseillère de la Mission "
                    "locale de Moulins. Elles mènent l'atelier à deux.",
                ),
                ("heading", "Deux métiers, un seul atelier"),
                (
                    "paragraph",
                    "La conseillère connaît les offres, les formations et les employeurs du "
                    "coin. L'animatrice connaît les outils : CV en ligne, candidature par "
                    "courriel, espace personnel. Ensemble, elles couvrent tout.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une conseillère et une animatrice penchées sur l'écran "
                        "d'un jeune homme qui remplit une candidature.",
                        "credit": "Manon P.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Avant, je faisais mon CV chez la Mission locale, puis je "
                        "venais ici pour l'envoyer. Maintenant, tout se fait au même "
                        "endroit.",
                        "attribution": "Dylan, 20 ans, habitant de Nomazy",
                    },
                ),
                (
                    "paragraph",
                    "Les ateliers sont ouverts aux jeunes suivis par la Mission locale. Les "
                    "adultes peuvent venir aux heures d'accès libre, le jeudi et le vendredi.",
                ),
            ],
            "easy_read": [
                "Vous avez entre 16 et 25 ans ?",
                "Vous cherchez du travail ?",
                "Venez le mardi après-midi à la Cyber-base.",
                "Une conseillère de la Mission locale est là.",
                "Une animatrice vous aide sur l'ordinateur.",
                "Vous faites votre CV et vos candidatures.",
            ],
        },
        {
            "slug": "mon-espace-france-travail",
            "title": "Mon espace France Travail, mode d'emploi",
            "chapo": (
                "Pôle emploi s'appelle maintenant France Travail. Le site a changé, les "
                "codes aussi. La Cyber-base vous aide à vous y retrouver."
            ),
            "rubrique": "numerique",
            "tags": ["emploi", "démarches en ligne"],
            "authors": ["Tonton Rachid", "Sabrina L."],
            "date": "2026-06-04",
            "issue": 9,
            "body": [
                (
                    "paragraph",
                    "Depuis 2024, l'ancien Pôle emploi s'appelle France Travail. Pour les "
                    "demandeurs d'emploi, presque tout se passe sur internet : s'inscrire, "
                    "s'actualiser chaque mois, lire ses messages.",
                ),
                (
                    "paragraph",
                    "Le problème, c'est qu'un oubli peut coûter cher. Une actualisation "
                    "ratée, et l'allocation peut être suspendue. Alors la Cyber-base propose "
                    "une séance pour bien comprendre son espace personnel.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un homme d'une cinquantaine d'années note son identifiant "
                        "dans un petit carnet, devant l'écran.",
                        "credit": "Tonton Rachid",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'ai mis un rappel sur mon téléphone pour l'actualisation. "
                        "Plus jamais d'oubli.",
                        "attribution": "Tonton Rachid, 56 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "guide-des-nouveaux-arrivants",
            "title": "Nouveaux dans le quartier ? Voici votre guide",
            "chapo": (
                "Des habitants et la Cyber-base ont préparé un petit guide : qui fait quoi "
                "aux Champins, à Champmillan et à Nomazy."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["nouveaux arrivants", "habitants", "moulins habitat"],
            "authors": ["Mme Bertrand (locataire)", "Houria A."],
            "date": "2026-06-11",
            "issue": 9,
            "body": [
                (
                    "paragraph",
                    "Quand on arrive dans un quartier, on ne sait pas où aller. Où est la "
                    "mairie ? Qui appeler pour une fuite d'eau ? Où inscrire les enfants au "
                    "sport ? Le nouveau guide répond à ces questions.",
                ),
                ("heading", "Fait par les habitants"),
                (
                    "paragraph",
                    "Pendant trois mois, un petit groupe s'est réuni à la Cyber-base. Ils ont "
                    "listé les services, les associations et les commerces. Ils ont pris "
                    "les photos et vérifié chaque horaire.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des habitants marchent dans une allée des Champins, "
                        "carnet et téléphone à la main, pour repérer les lieux utiles.",
                        "credit": "Houria A.",
                    },
                ),
                (
                    "paragraph",
                    "Le guide existe en papier, remis avec les clés par Moulins Habitat. Il "
                    "est aussi en ligne, sur le portail du quartier. Une page par lieu, avec "
                    "l'adresse, les horaires et un numéro de téléphone.",
                ),
                (
                    "quote",
                    {
                        "text": "Quand je suis arrivée, j'ai mis six mois à trouver la "
                        "PMI. Avec ce guide, il faut deux minutes.",
                        "attribution": "Mme Bertrand, locataire à Champmillan",
                    },
                ),
            ],
            "easy_read": [
                "Vous arrivez dans le quartier ?",
                "Il y a un guide pour vous.",
                "Des habitants l'ont écrit.",
                "Le guide dit où sont les services.",
                "Il donne les horaires et les téléphones.",
                "Il existe en papier et sur internet.",
            ],
        },
        {
            "slug": "soirees-clic-au-snack",
            "title": "Les soirées « Clic au snack » : le numérique autour d'un verre",
            "chapo": (
                "Une fois par mois, la Cyber-base sort de ses murs. Rendez-vous au snack du "
                "quartier pour parler d'un sujet numérique, en toute simplicité."
            ),
            "rubrique": "culture",
            "tags": ["rencontres", "convivialité", "internet"],
            "authors": ["Kevin G."],
            "date": "2026-07-08",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Certaines personnes n'entreront jamais dans une salle informatique. "
                    "Alors la Cyber-base a eu une idée : aller là où les gens sont déjà. Le "
                    "premier jeudi du mois, elle s'installe au snack du quartier.",
                ),
                (
                    "paragraph",
                    "Chaque soirée a un thème. En mai : les arnaques par SMS. En juin : "
                    "regarder la télé sur internet. Un invité lance la discussion, puis "
                    "chacun pose ses questions, un café ou un thé à la main.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une dizaine de personnes autour des tables du snack, "
                        "un ordinateur portable ouvert au milieu des verres.",
                        "credit": "Kevin G.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je suis venu pour le café. Je suis reparti en sachant "
                        "bloquer les numéros qui m'embêtent.",
                        "attribution": "M. Pereira, habitant",
                    },
                ),
                (
                    "paragraph",
                    "L'idée vient de loin : à Nice, des rencontres de ce genre ont commencé "
                    "en 2007, dans des bars et des salles de paroisse. À Moulins Sud, "
                    "on a adopté la formule.",
                ),
            ],
            "easy_read": [
                "Une fois par mois, il y a une soirée au snack.",
                "On parle d'internet et des téléphones.",
                "C'est le premier jeudi du mois.",
                "Vous pouvez poser vos questions.",
                "Pas besoin de savoir utiliser un ordinateur.",
            ],
        },
        {
            "slug": "ligue-enseignement-associations-en-ligne",
            "title": "Les associations du quartier se font connaître",
            "chapo": (
                "Avec la Ligue de l'enseignement, la Cyber-base aide les petites "
                "associations à s'organiser et à se montrer sur internet."
            ),
            "rubrique": "associations",
            "tags": ["associations", "bénévoles", "internet"],
            "authors": ["Manon P."],
            "date": "2026-09-16",
            "issue": 10,
            "body": [
                (
                    "paragraph",
                    "Club de foot, atelier couture, aide aux devoirs : le quartier compte "
                    "beaucoup d'associations. Elles vivent grâce à des bénévoles qui n'ont "
                    "pas toujours le temps ni les outils.",
                ),
                (
                    "paragraph",
                    "La Ligue de l'enseignement et la Cyber-base Moulins Habitat leur "
                    "proposent des soirées pratiques. On y apprend à tenir une liste "
                    "d'adhérents, à faire une affiche et à créer une page pour l'association.",
                ),
                (
                    "photo",
                    {
                        "caption": "Le trésorier du club de foot montre sur son ordinateur "
                        "le tableau des adhérents qu'il vient de créer.",
                        "credit": "Manon P.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Avant, les inscriptions, c'était un cahier plein de "
                        "ratures. Maintenant, je trouve tout en deux clics.",
                        "attribution": "Ahmed, trésorier d'un club sportif",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "portrait-houria-atelier-cv-emploi",
            "title": "Houria, de l'atelier CV au contrat signé",
            "chapo": (
                "Il y a un an, elle n'avait jamais envoyé un courriel. Aujourd'hui, elle "
                "travaille comme aide à domicile et écrit dans le Moulin à paroles."
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "emploi"],
            "authors": ["Sabrina L."],
            "date": "2026-09-24",
            "issue": 10,
            "body": [
                (
                    "paragraph",
                    "Houria a 47 ans et trois enfants. Quand ils ont grandi, elle a voulu "
                    "retravailler. Mais toutes les offres demandaient de postuler par "
                    "internet.",
                ),
                ("heading", "Un pas après l'autre"),
                (
                    "paragraph",
                    "Elle a poussé la porte de la Cyber-base un mardi. Elle a d'abord appris "
                    "à allumer l'ordinateur et à tenir la souris. Puis elle a créé sa boîte "
                    "mail, son CV et son espace de demandeuse d'emploi.",
                ),
                (
                    "photo",
                    {
                        "caption": "Houria, souriante, pose devant la maison des associations "
                        "avec son badge d'aide à domicile.",
                        "credit": "Jean-Claude (habitant)",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Le jour où j'ai reçu la réponse de l'employeur par "
                        "courriel, j'ai cru que l'écran allait exploser de joie.",
                        "attribution": "Houria A., aide à domicile",
                    },
                ),
                (
                    "paragraph",
                    "Depuis, elle écrit régulièrement dans le Moulin à paroles. Elle veut "
                    "montrer aux autres femmes du quartier qu'il n'est jamais trop tard.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "mercredis-robots-enfants",
            "title": "Le mercredi, les enfants programment des robots",
            "chapo": (
                "Petits robots, flèches et grands rires : l'atelier du mercredi fait le "
                "plein. Les enfants y apprennent à donner des ordres à une machine."
            ),
            "rubrique": "jeunesse",
            "tags": ["enfants", "robots", "jeux"],
            "authors": ["Kevin G.", "Manon P."],
            "date": "2026-10-01",
            "issue": 10,
            "body": [
                (
                    "paragraph",
                    "Chaque mercredi matin, la Cyber-base accueille les 7-11 ans. Au menu : "
                    "de petits robots qui roulent sur le sol. Les enfants les programment "
                    "avec des flèches sur une tablette.",
                ),
                (
                    "paragraph",
                    "Le défi du jour : faire passer le robot entre des gobelets sans rien "
                    "renverser. On se trompe, on recommence, on s'aide. Sans le savoir, on "
                    "fait des maths et de la logique.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un petit robot rond avance entre des gobelets colorés, "
                        "suivi des yeux par quatre enfants à genoux.",
                        "credit": "Kevin G.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon robot est allé tout droit dans le mur. Au troisième "
                        "essai, il a réussi !",
                        "attribution": "Maël, 8 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "aines-tablette-champmillan",
            "title": "À 80 ans, elle lit son journal sur la tablette",
            "chapo": (
                "Le groupe des aînés se retrouve le vendredi à la Cyber-base. On y apprend "
                "la tablette sans se presser, entre deux biscuits."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["seniors", "tablette"],
            "authors": ["Mme Bertrand (locataire)"],
            "date": "2026-10-07",
            "issue": 10,
            "body": [
                (
                    "paragraph",
                    "Ils sont six, de 68 à 84 ans. Certains ont reçu une tablette de leurs "
                    "enfants et ne savaient pas quoi en faire. D'autres n'en ont pas et "
                    "utilisent celles de la Cyber-base.",
                ),
                (
                    "paragraph",
                    "On commence par les gestes : glisser, appuyer, agrandir. Ensuite, chacun "
                    "choisit un projet. Lire le journal, regarder la météo, écouter la radio "
                    "de sa jeunesse.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une dame aux cheveux blancs agrandit du bout des doigts "
                        "un article du journal local sur sa tablette.",
                        "credit": "Mme Bertrand (locataire)",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Avec la tablette, j'agrandis les lettres. Je n'ai plus "
                        "besoin de ma loupe !",
                        "attribution": "Mme Germaine, 80 ans, locataire à Champmillan",
                    },
                ),
            ],
            "easy_read": None,
        },
    ],
}
