"""Demo content: Le Fil de Planoise (Besançon).

Pure data. All people are invented; organisations come from the 2011 study facts.
"""

GAZETTE = {
    "name": "Le Fil de Planoise",
    "intro": (
        "Le journal des habitants de Planoise, tissé à la Cyber-base du centre culturel "
        "Nelson Mandela. Chaque numéro tire un fil de la vie du quartier."
    ),
    "issues": [
        {
            "number": 31,
            "date": "2026-06-10",
            "title": "Planoise en photos",
            "editorial": [
                "Ce printemps, vous avez été des dizaines à photographier votre quartier. "
                "Le résultat est exposé au centre culturel, et quelques images sont dans "
                "ces pages.",
                "Vous trouverez aussi des nouvelles de l'emploi, de la médiathèque et des "
                "ateliers du CCAS. Bonne lecture, et n'hésitez pas à nous écrire.",
            ],
        },
        {
            "number": 32,
            "date": "2026-10-14",
            "title": "Mémoires et paroles du quartier",
            "editorial": [
                "Planoise a une histoire, et ce sont ses habitants qui la racontent le "
                "mieux. Dans ce numéro, on ouvre les albums de famille et on donne la "
                "parole à ceux qui apprennent le français.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "raconte-moi-planoise-exposition",
            "title": "Raconte-moi Planoise : vos photos sont exposées",
            "chapo": (
                "Le projet photo des habitants, mené avec la Maison de quartier de Planoise, "
                "s'affiche au centre culturel Nelson Mandela jusqu'à la fin juin."
            ),
            "rubrique": "culture",
            "tags": ["photo", "exposition", "habitants"],
            "authors": ["Élodie F.", "Abdou S."],
            "date": "2026-05-20",
            "issue": 31,
            "body": [
                (
                    "paragraph",
                    "« Raconte-moi Planoise », c'est un projet simple. Les habitants "
                    "photographient leur quartier comme ils le voient. La Maison de quartier "
                    "de Planoise et la Cyber-base les accompagnent.",
                ),
                ("heading", "De la prise de vue à l'accrochage"),
                (
                    "paragraph",
                    "À la Cyber-base, les participants ont appris à transférer leurs photos, "
                    "à les recadrer et à choisir les meilleures. Pas besoin d'un appareil "
                    "cher : la plupart ont utilisé leur téléphone.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une tour de Planoise au coucher du soleil, avec des "
                        "enfants qui jouent au ballon au premier plan.",
                        "credit": "Abdou S.",
                    },
                ),
                (
                    "paragraph",
                    "Quarante photos sont exposées dans le hall du centre culturel. On y voit "
                    "des marchés, des balcons fleuris, des jardins partagés et beaucoup de "
                    "visages souriants.",
                ),
                (
                    "quote",
                    {
                        "text": "Les gens qui ne connaissent pas Planoise voient des tours. "
                        "Moi, je voulais montrer les fleurs sur les balcons.",
                        "attribution": "Mme Roux, photographe amatrice",
                    },
                ),
            ],
            "easy_read": [
                "Des habitants ont pris des photos de Planoise.",
                "Ils ont utilisé leur téléphone.",
                "La Cyber-base les a aidés.",
                "Les photos sont exposées au centre culturel.",
                "L'exposition dure jusqu'à la fin juin.",
                "L'entrée est gratuite.",
            ],
        },
        {
            "slug": "ateliers-travailleurs-chat-ccas",
            "title": "Les travailleurs du CHAT prennent la souris",
            "chapo": (
                "Avec le CCAS de Besançon, la Cyber-base propose des ateliers adaptés aux "
                "travailleurs en situation de handicap du CHAT."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["handicap", "ccas", "ateliers"],
            "authors": ["Nathalie C."],
            "date": "2026-05-06",
            "issue": 31,
            "body": [
                (
                    "paragraph",
                    "Le jeudi matin, un petit groupe arrive à la Cyber-base Planoise. Ce "
                    "sont des travailleurs du CHAT, un établissement qui emploie des "
                    "personnes en situation de handicap. Les ateliers sont organisés avec "
                    "le CCAS de Besançon.",
                ),
                (
                    "paragraph",
                    "Ici, on prend son temps. Chaque séance a un seul objectif : écrire un "
                    "message, chercher un horaire de bus, regarder une vidéo de cuisine. "
                    "On avance à son rythme, sans note et sans pression.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un homme concentré suit du doigt un horaire de bus "
                        "affiché en grand sur l'écran.",
                        "credit": "Nathalie C.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Maintenant, je sais à quelle heure passe mon bus. Je "
                        "n'attends plus sous la pluie.",
                        "attribution": "Thierry, participant",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "groupe-solidarite-emploi-cyber-base",
            "title": "Emploi : l'union fait la force",
            "chapo": (
                "Le Groupe de solidarité emploi et l'organisme de formation INFA orientent "
                "leurs publics vers la Cyber-base. Ensemble, on cherche mieux."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "formation", "cv"],
            "authors": ["Mehdi O."],
            "date": "2026-05-29",
            "issue": 31,
            "body": [
                (
                    "paragraph",
                    "Chercher un emploi, c'est parfois long et décourageant. Au Groupe de "
                    "solidarité emploi, on ne cherche pas seul. Les membres se retrouvent, "
                    "partagent les offres et se remontent le moral.",
                ),
                (
                    "paragraph",
                    "Pour tout ce qui passe par internet, ils viennent à la Cyber-base "
                    "Planoise. Candidatures en ligne, CV, lettres : l'animateur est là. "
                    "Les stagiaires de l'INFA y viennent aussi pour leurs recherches.",
                ),
                (
                    "photo",
                    {
                        "caption": "Autour d'une table, cinq personnes comparent des offres "
                        "d'emploi imprimées et surlignées.",
                        "credit": "Mehdi O.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Le groupe m'a redonné de l'énergie. La Cyber-base m'a "
                        "donné les outils. J'ai signé un contrat en avril.",
                        "attribution": "Karim, 44 ans, cariste",
                    },
                ),
                (
                    "paragraph",
                    "Le groupe se réunit tous les lundis à 14 heures. Les nouveaux sont "
                    "toujours les bienvenus, même pour une seule fois.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "mediatheque-mots-de-passe",
            "title": "Mots de passe : l'atelier qui soulage",
            "chapo": (
                "La médiathèque et la Cyber-base, voisines au centre culturel, ont monté un "
                "atelier commun. Thème : ne plus jamais perdre ses mots de passe."
            ),
            "rubrique": "numerique",
            "tags": ["mots de passe", "sécurité", "médiathèque"],
            "authors": ["Samia H."],
            "date": "2026-06-03",
            "issue": 31,
            "body": [
                (
                    "paragraph",
                    "Au centre culturel Nelson Mandela, il y a tout sous le même toit : le "
                    "centre social, la médiathèque, la maison des associations, le Point "
                    "Information Jeunesse et la Cyber-base. Alors, on travaille ensemble.",
                ),
                (
                    "paragraph",
                    "Ce printemps, la médiathèque et la Cyber-base ont proposé un atelier sur "
                    "les mots de passe. On apprend à en créer un solide, facile à retenir. "
                    "On apprend aussi à reconnaître un faux message qui veut voler vos codes.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un tableau blanc où est écrite une phrase farfelue, "
                        "exemple de mot de passe facile à retenir.",
                        "credit": "Samia H.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon mot de passe, c'était le prénom de mon chien. Tout "
                        "le quartier connaît mon chien !",
                        "attribution": "Papy Gérard, 72 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "permanences-impots-caf-printemps",
            "title": "Impôts et CAF : les permanences du printemps",
            "chapo": (
                "D'avril à juin, la Cyber-base ouvre des créneaux pour les démarches en "
                "ligne. Déclaration de revenus, compte CAF : on vous guide."
            ),
            "rubrique": "numerique",
            "tags": ["impôts", "caf", "démarches en ligne"],
            "authors": ["Mme Roux (habitante)", "Samia H."],
            "date": "2026-04-15",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Le printemps, c'est la saison des papiers. Il faut déclarer ses revenus "
                    "et mettre à jour son dossier CAF. Tout se fait sur internet.",
                ),
                (
                    "paragraph",
                    "La Cyber-base Planoise ouvre des permanences le mardi et le vendredi. "
                    "Vous venez avec vos papiers, votre téléphone et vos codes si vous en "
                    "avez. Un animateur de la Ville vous montre comment faire.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une habitante tient son avis d'impôt d'une main et la "
                        "souris de l'autre, un animateur à ses côtés.",
                        "credit": "Élodie F.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je le fais seule maintenant. Mais j'aime bien venir "
                        "quand même, pour être sûre.",
                        "attribution": "Mme Roux, habitante",
                    },
                ),
            ],
            "easy_read": [
                "Au printemps, il faut déclarer ses revenus.",
                "Il faut aussi mettre à jour son dossier CAF.",
                "Tout se fait sur internet.",
                "La Cyber-base vous aide.",
                "Venez le mardi ou le vendredi.",
                "Apportez vos papiers et votre téléphone.",
            ],
        },
        {
            "slug": "portrait-animatrice-ville",
            "title": "Sandrine, animatrice de la Ville depuis vingt ans",
            "chapo": (
                "Besançon compte cinq Cyber-bases municipales. Sandrine est passée par "
                "plusieurs d'entre elles avant de poser ses valises à Planoise."
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "animateurs"],
            "authors": ["Papy Gérard"],
            "date": "2026-08-25",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "À Besançon, les Cyber-bases sont un service de la Ville. Il y en a cinq, "
                    "et leurs animateurs sont des agents municipaux. Sandrine en fait partie "
                    "depuis vingt ans.",
                ),
                ("heading", "Du modem aux smartphones"),
                (
                    "paragraph",
                    "Quand elle a commencé, internet faisait du bruit en se connectant. "
                    "Aujourd'hui, elle aide des gens qui ont un téléphone plus puissant que "
                    "les ordinateurs de la salle. Mais les questions, elles, n'ont pas tant "
                    "changé.",
                ),
                (
                    "photo",
                    {
                        "caption": "Sandrine rit avec un jeune homme devant un ordinateur, "
                        "une tasse de café à la main.",
                        "credit": "Mehdi O.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Les gens n'ont pas peur de l'ordinateur. Ils ont peur "
                        "de mal faire. Mon travail, c'est de les rassurer.",
                        "attribution": "Sandrine, animatrice à la Cyber-base Planoise",
                    },
                ),
                (
                    "paragraph",
                    "Son rêve pour Planoise ? Que chaque habitant connaisse le chemin de la "
                    "Cyber-base. Même ceux qui disent qu'ils n'en ont pas besoin.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "memoire-de-planoise-albums",
            "title": "Ouvrez vos albums : la mémoire de Planoise s'écrit",
            "chapo": (
                "Le centre social poursuit son projet mémoire. La Cyber-base aide à scanner "
                "les photos, enregistrer les récits et chercher dans les archives."
            ),
            "rubrique": "histoire",
            "tags": ["mémoire", "archives", "habitants", "photo"],
            "authors": ["Papy Gérard", "Samia H."],
            "date": "2026-09-22",
            "issue": 32,
            "body": [
                (
                    "paragraph",
                    "Qui se souvient des premiers immeubles ? Des champs qui entouraient le "
                    "quartier ? Le projet mémoire du centre social veut garder une trace de "
                    "ces souvenirs avant qu'ils ne s'effacent.",
                ),
                ("heading", "Trois façons de participer"),
                (
                    "paragraph",
                    "Vous pouvez prêter vos photos : elles sont scannées et rendues tout de "
                    "suite. Vous pouvez raconter vos souvenirs au micro. Vous pouvez aussi "
                    "aider à chercher dans les archives en ligne de la ville.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une photo de famille en noir et blanc posée sur la vitre "
                        "d'un scanner, prête à être numérisée.",
                        "credit": "Samia H.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Nous sommes arrivés en 1972. Il y avait de la boue "
                        "partout et les enfants adoraient ça.",
                        "attribution": "Papy Gérard, habitant",
                    },
                ),
                (
                    "paragraph",
                    "Certains participants font même leur arbre généalogique avec l'aide de "
                    "la Cyber-base. Les récits et les photos seront présentés lors d'une "
                    "soirée au centre culturel, l'an prochain.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "apprendre-le-francais-au-clavier",
            "title": "Apprendre le français, aussi au clavier",
            "chapo": (
                "Les associations d'ateliers socio-linguistiques viennent à la Cyber-base. "
                "Les élèves écrivent, et certains textes sont publiés dans le Fil."
            ),
            "rubrique": "associations",
            "tags": ["français", "écriture", "associations"],
            "authors": ["Élodie F."],
            "date": "2026-09-30",
            "issue": 32,
            "body": [
                (
                    "paragraph",
                    "À Planoise, plusieurs associations proposent des ateliers pour apprendre "
                    "le français de tous les jours. Une fois par semaine, leurs groupes "
                    "viennent à la Cyber-base.",
                ),
                (
                    "paragraph",
                    "On apprend les lettres sur le clavier, les accents, les majuscules. Puis "
                    "on écrit de petits textes : se présenter, raconter sa journée, décrire "
                    "son pays. Les plus beaux textes sont publiés ici, avec l'accord de "
                    "leurs auteurs.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une femme tape lentement sur un clavier, une feuille de "
                        "vocabulaire posée à côté d'elle.",
                        "credit": "Élodie F.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Quand j'ai vu mon prénom dans le journal, j'ai appelé ma "
                        "sœur au pays. Elle a pleuré.",
                        "attribution": "Hawa, élève d'un atelier de français",
                    },
                ),
            ],
            "easy_read": [
                "Des associations apprennent le français aux adultes.",
                "Les élèves viennent à la Cyber-base.",
                "Ils apprennent à écrire au clavier.",
                "Ils écrivent de petits textes.",
                "Certains textes sont dans le journal.",
            ],
        },
        {
            "slug": "point-information-jeunesse-bafa",
            "title": "Passer le BAFA : le Point Information Jeunesse vous guide",
            "chapo": (
                "Devenir animateur, c'est un premier job et une belle expérience. Au centre "
                "culturel, le PIJ et la Cyber-base aident les jeunes à s'inscrire."
            ),
            "rubrique": "jeunesse",
            "tags": ["jeunes", "formation", "emploi"],
            "authors": ["Mehdi O.", "Abdou S."],
            "date": "2026-10-06",
            "issue": 32,
            "body": [
                (
                    "paragraph",
                    "Le BAFA permet d'encadrer des enfants en centre de loisirs ou en colonie. "
                    "Beaucoup de jeunes de Planoise en rêvent. Mais l'inscription se fait en "
                    "ligne et les aides financières sont difficiles à trouver.",
                ),
                (
                    "paragraph",
                    "Le Point Information Jeunesse du centre culturel organise des après-midi "
                    "spéciales pendant les vacances. On crée son compte, on cherche une "
                    "session et on monte son dossier d'aide, sur les ordinateurs de la "
                    "Cyber-base.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une jeune fille, capuche sur la tête, remplit un "
                        "formulaire en ligne avec l'aide d'une informatrice.",
                        "credit": "Abdou S.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "L'été prochain, je serai animatrice au centre de loisirs "
                        "où j'allais quand j'étais petite.",
                        "attribution": "Inès, 17 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
    ],
}
