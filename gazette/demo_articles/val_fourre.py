"""Demo gazette for Le Val Fourré (Mantes-la-Jolie): the gazette of the French workshops at Le Chaplin."""

GAZETTE = {
    "name": "La Gazette des ateliers",
    "intro": (
        "La Gazette des ateliers est écrite par les participants des ateliers de français du Chaplin, au Val Fourré. "
        "Chaque texte est celui d'un apprenant, relu avec lui."
    ),
    "issues": [
        {
            "number": 12,
            "date": "2026-03-27",
            "title": "Nos premiers mots de l'année",
            "editorial": [
                "Voici le numéro 12 de notre gazette. Tous les textes ont été écrits dans les ateliers, "
                "au clavier ou à la main, puis tapés ensemble.",
                "Certains textes sont courts. C'est normal : chaque ligne a demandé du courage. Bonne lecture !",
            ],
        },
        {
            "number": 13,
            "date": "2026-06-26",
            "title": "Avant l'été",
            "editorial": [
                "L'année se termine. Nous avons visité la mairie de quartier, écrit nos CV et raconté notre arrivée au Val Fourré.",
                "Merci aux bénévoles des associations et à l'équipe du Chaplin. On se retrouve en septembre.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "ateliers-de-francais-au-chaplin",
            "title": "Les ateliers de français au Chaplin, comment ça marche ?",
            "chapo": (
                "Depuis 2006, des associations qui enseignent le français viennent avec leurs groupes au Chaplin. "
                "On y apprend la langue et l'ordinateur en même temps."
            ),
            "rubrique": "associations",
            "tags": ["français", "associations", "ateliers"],
            "authors": ["Sophie (animatrice du Chaplin)", "Leïla (bénévole ASL)"],
            "date": "2026-01-20",
            "issue": 12,
            "body": [
                (
                    "paragraph",
                    "On les appelle les ASL, les ateliers sociolinguistiques. Le mot est compliqué, l'idée est simple : "
                    "apprendre le français utile pour la vie de tous les jours. "
                    "Prendre un rendez-vous, lire un courrier, parler à la maîtresse.",
                ),
                ("heading", "Toujours deux animateurs"),
                (
                    "paragraph",
                    "Cinq associations travaillent avec le Chaplin. Dans la salle, il y a toujours deux personnes pour animer : "
                    "une animatrice du Chaplin et un animateur de l'association. "
                    "L'une s'occupe surtout de l'ordinateur, l'autre surtout de la langue. "
                    "Au passage, les bénévoles apprennent aussi les outils numériques.",
                ),
                (
                    "photo",
                    {
                        "caption": "La salle informatique du Chaplin pendant un atelier, chaque poste occupé.",
                        "credit": "Oumar S.",
                    },
                ),
                (
                    "paragraph",
                    "La salle a 29 places. Pourtant, chaque semaine, sur deux jours, plus de 300 personnes y passent. "
                    "Les groupes se suivent, d'heure en heure. La mairie aide à organiser le planning.",
                ),
                (
                    "quote",
                    {
                        "text": "Avant, j'avais peur de l'ordinateur. Je pensais qu'il allait exploser. Maintenant, je tape mes phrases.",
                        "attribution": "Mme Nguyen, apprenante",
                    },
                ),
            ],
            "easy_read": [
                "Au Chaplin, il y a des ateliers de français.",
                "On apprend le français avec l'ordinateur.",
                "Deux animateurs sont là.",
                "Cinq associations participent.",
                "Beaucoup de personnes viennent chaque semaine.",
                "Pour vous inscrire, demandez à une association.",
            ],
        },
        {
            "slug": "mon-texte-imprime",
            "title": "« Mon nom est dans le journal »",
            "chapo": (
                "Fatima a écrit son premier texte en français à 51 ans. "
                "Le jour où elle l'a vu imprimé, elle l'a montré à tout l'immeuble."
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "écriture", "français"],
            "authors": ["Fatima Z."],
            "date": "2026-03-12",
            "issue": 12,
            "body": [
                (
                    "paragraph",
                    "Je m'appelle Fatima. J'habite au Val Fourré depuis vingt ans. "
                    "Je parle bien arabe et un peu français. Écrire, c'était difficile pour moi.",
                ),
                (
                    "paragraph",
                    "À l'atelier, Sophie m'a dit : « Écris sur ce que tu aimes. » J'aime faire le pain. "
                    "Alors j'ai écrit ma recette du pain, avec mes mots. Ça m'a pris trois séances.",
                ),
                (
                    "photo",
                    {
                        "caption": "Fatima tient la gazette ouverte à la page de sa recette, dans sa cuisine.",
                        "credit": "Aïcha",
                    },
                ),
                ("heading", "Le jour de la gazette"),
                (
                    "paragraph",
                    "Quand la gazette est arrivée, j'ai vu mon nom sous le texte. J'ai eu chaud au cœur. "
                    "J'ai acheté un cadre. Maintenant, ma recette est dans le salon, à côté de la photo de mariage.",
                ),
                (
                    "quote",
                    {
                        "text": "Ma fille m'a dit : « Maman, tu es écrivain. » J'ai rigolé, mais j'étais fière.",
                        "attribution": "Fatima Z., apprenante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "comment-se-fabrique-la-gazette",
            "title": "Comment se fabrique notre gazette",
            "chapo": (
                "Des idées, des brouillons, des relectures et un professionnel de la mise en page : "
                "voici le chemin d'un texte, de l'atelier jusqu'à vos mains."
            ),
            "rubrique": "culture",
            "tags": ["journal", "écriture", "imprimerie"],
            "authors": ["Mamadou K.", "Sophie (animatrice du Chaplin)"],
            "date": "2026-02-25",
            "issue": 12,
            "body": [
                (
                    "paragraph",
                    "Tout commence par une discussion. Le groupe choisit des sujets : le marché, la fête de l'école, un souvenir du pays. "
                    "Chacun écrit comme il peut. Sur papier, au clavier, ou en dictant à un bénévole.",
                ),
                ("heading", "Relire, mais sans tout changer"),
                (
                    "paragraph",
                    "Ensuite, on relit ensemble. On corrige les fautes qui gênent la lecture. "
                    "Mais on garde les mots de la personne. Un texte de la gazette doit ressembler à celui qui l'a écrit.",
                ),
                (
                    "photo",
                    {
                        "caption": "Les pages de la gazette étalées sur une grande table, avant l'impression.",
                        "credit": "Mamadou K.",
                    },
                ),
                (
                    "paragraph",
                    "Enfin, un professionnel fait la mise en page au Chaplin, puis imprime la gazette. "
                    "Il choisit les couleurs et place les photos. "
                    "Le jour où les paquets arrivent, l'atelier s'arrête cinq minutes : tout le monde veut voir.",
                ),
                (
                    "quote",
                    {
                        "text": "Dans mon pays, j'étais tailleur. Ici, j'ai appris à faire une page. C'est un peu pareil : il faut que tout tombe bien.",
                        "attribution": "Mamadou K., apprenant",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "ptits-reporters-au-marche",
            "title": "Les P'tits reporters filment le marché",
            "chapo": (
                "Caméra à la main, une vingtaine d'enfants font des reportages sur le quartier. "
                "Ce printemps, ils ont choisi le marché du Val Fourré."
            ),
            "rubrique": "jeunesse",
            "tags": ["enfants", "vidéo", "reportage"],
            "authors": ["Aïcha", "Oumar S."],
            "date": "2026-05-15",
            "issue": 13,
            "body": [
                (
                    "paragraph",
                    "Les P'tits reporters, ce sont des enfants du programme de Réussite éducative. "
                    "Ils sont une vingtaine, et chacun est suivi de près. "
                    "Associations, fêtes, commerces : on leur demande de faire des reportages sur la vie du quartier.",
                ),
                ("heading", "Avant de filmer, on dessine"),
                (
                    "paragraph",
                    "Pour le marché, ils ont d'abord dessiné leur film, case par case, comme une bande dessinée. "
                    "Ensuite, ils ont tourné, le samedi matin, entre les étals. "
                    "Enfin, ils ont enregistré la musique et les voix, dans une petite salle du Chaplin.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un enfant tend un micro vers un marchand d'épices, une camarade filme à côté de lui.",
                        "credit": "Oumar S.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Le monsieur des olives a parlé pendant dix minutes. On a dû couper beaucoup !",
                        "attribution": "Sami, 11 ans, P'tit reporter",
                    },
                ),
                (
                    "paragraph",
                    "Le film sera projeté dans la salle de cinéma du Chaplin, en juin. "
                    "Les marchands sont invités. Les parents aussi, bien sûr.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "cv-avec-la-mission-locale",
            "title": "Mon premier CV en France",
            "chapo": (
                "Des jeunes des ateliers de français ont préparé leur CV avec la Mission locale et le BIJ. "
                "Certains habitent au foyer de jeunes travailleurs."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "cv", "jeunes"],
            "authors": ["Oumar S."],
            "date": "2026-04-08",
            "issue": 13,
            "body": [
                (
                    "paragraph",
                    "J'ai 20 ans. J'habite au foyer de jeunes travailleurs. En Guinée, j'ai travaillé dans un garage. "
                    "Ici, je n'avais pas de CV. Je ne savais pas comment faire.",
                ),
                (
                    "paragraph",
                    "En avril, une conseillère de la Mission locale est venue à l'atelier. Le BIJ aussi. "
                    "Ils nous ont expliqué : un CV, c'est une page, pas plus. "
                    "On écrit ce qu'on sait faire, même si on l'a appris sans diplôme.",
                ),
                (
                    "photo",
                    {
                        "caption": "Trois jeunes relisent leur CV imprimé avec une conseillère, autour d'une table du Chaplin.",
                        "credit": "Leïla (bénévole ASL)",
                    },
                ),
                ("heading", "Ce que j'ai appris"),
                (
                    "paragraph",
                    "J'ai appris à écrire « mécanique automobile ». J'ai appris à mettre une photo sérieuse. "
                    "Et j'ai appris à enregistrer mon CV dans mon téléphone, pour l'envoyer vite.",
                ),
                (
                    "quote",
                    {
                        "text": "Un garage m'a appelé la semaine dernière. J'ai un rendez-vous lundi.",
                        "attribution": "Oumar S., apprenant",
                    },
                ),
            ],
            "easy_read": [
                "Un CV parle de votre travail.",
                "Un CV tient sur une page.",
                "La Mission locale aide les jeunes.",
                "Le BIJ aide aussi les jeunes.",
                "On écrit ce qu'on sait faire.",
                "On garde son CV dans son téléphone.",
            ],
        },
        {
            "slug": "site-de-la-caf-en-atelier",
            "title": "Le site de la CAF n'est plus un mystère",
            "chapo": (
                "Mot de passe, numéro d'allocataire, déclaration trimestrielle : "
                "en février, les ateliers ont travaillé sur le site de la CAF, avec de vrais mots de la vie."
            ),
            "rubrique": "numerique",
            "tags": ["caf", "démarches", "français"],
            "authors": ["Aïcha", "Leïla (bénévole ASL)"],
            "date": "2026-02-04",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Au début, on a fait une liste des mots difficiles. « Allocataire ». « Identifiant ». « Justificatif ». "
                    "On les a écrits au tableau, avec un dessin à côté de chacun.",
                ),
                (
                    "paragraph",
                    "Ensuite, chacun a ouvert le site. On ne fait pas de vraie déclaration en groupe : "
                    "c'est personnel. Mais on apprend où cliquer, et ce que veulent dire les boutons.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un tableau blanc couvert de mots administratifs, chacun avec un petit dessin.",
                        "credit": "Aïcha",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Maintenant, quand je reçois un message de la CAF, je comprends au moins la première phrase. C'est un bon début.",
                        "attribution": "Aïcha, apprenante",
                    },
                ),
            ],
            "easy_read": [
                "La CAF a un site internet.",
                "Le site a des mots difficiles.",
                "À l'atelier, on explique ces mots.",
                "On apprend où cliquer.",
                "Vos papiers restent personnels.",
            ],
        },
        {
            "slug": "visite-mairie-de-quartier",
            "title": "Visite à la mairie de quartier",
            "chapo": (
                "Un mardi de juin, le groupe du matin est sorti de la salle. "
                "Direction la mairie de quartier du Val Fourré, pour voir en vrai ce qu'on apprend en atelier."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["mairie", "démarches", "sortie"],
            "authors": ["Mme Nguyen (apprenante)", "Fatima Z."],
            "date": "2026-06-10",
            "issue": 13,
            "body": [
                (
                    "paragraph",
                    "Nous étions douze, avec Leïla et Sophie. Une employée de la mairie de quartier nous a reçus. "
                    "Elle a parlé lentement, et elle a répondu à toutes nos questions.",
                ),
                ("heading", "Ce qu'on peut faire à la mairie de quartier"),
                (
                    "paragraph",
                    "On peut demander un acte de naissance. On peut inscrire un enfant à l'école ou à la cantine. "
                    "On peut aussi avoir de l'aide pour une démarche sur internet. "
                    "Il y a un ordinateur dans l'entrée.",
                ),
                (
                    "photo",
                    {
                        "caption": "Le groupe de l'atelier pose devant l'entrée de la mairie de quartier.",
                        "credit": "Mme Nguyen (apprenante)",
                    },
                ),
                (
                    "paragraph",
                    "Après la visite, nous avons écrit chacun une phrase sur ce que nous avions appris. "
                    "Toutes les phrases sont dans ce numéro, page 4.",
                ),
                (
                    "quote",
                    {
                        "text": "Je passais devant tous les jours. Je ne savais pas que je pouvais entrer.",
                        "attribution": "Mme Nguyen, apprenante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "sortie-cinema-au-chaplin",
            "title": "Notre première séance de cinéma en français",
            "chapo": (
                "Le Chaplin a une salle de cinéma. Le groupe du jeudi y est allé pour voir une comédie française, "
                "après l'avoir préparée en atelier."
            ),
            "rubrique": "culture",
            "tags": ["cinéma", "sortie", "français"],
            "authors": ["Mamadou K."],
            "date": "2026-05-28",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Beaucoup d'entre nous passent au Chaplin chaque semaine. Mais peu étaient déjà entrés dans la salle de cinéma. "
                    "Pour certains, c'était même la première fois au cinéma, tout court.",
                ),
                (
                    "paragraph",
                    "Avant la séance, nous avons regardé la bande-annonce sur l'ordinateur. "
                    "Nous avons appris les mots du film. Et nous avons écrit ce que nous pensions qu'il allait se passer.",
                ),
                (
                    "photo",
                    {
                        "caption": "Les participants assis dans les fauteuils rouges de la salle, avant que la lumière s'éteigne.",
                        "credit": "Mamadou K.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je n'ai pas compris toutes les blagues. Mais j'ai ri en même temps que les autres, et ça, c'était bien.",
                        "attribution": "Mamadou K., apprenant",
                    },
                ),
                (
                    "paragraph",
                    "Après le film, nous sommes passés à la médiathèque, dans le même bâtiment. "
                    "Plusieurs d'entre nous ont pris une carte pour emprunter des livres faciles à lire.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "mon-arrivee-au-val-fourre",
            "title": "Mon arrivée au Val Fourré",
            "chapo": (
                "Venus de loin ou de la ville d'à côté, les apprenants racontent leur premier jour dans le quartier. "
                "Des souvenirs écrits à plusieurs mains."
            ),
            "rubrique": "histoire",
            "tags": ["mémoire", "écriture", "portrait"],
            "authors": ["Fatima Z.", "Mme Nguyen (apprenante)"],
            "date": "2026-06-18",
            "issue": 13,
            "body": [
                (
                    "paragraph",
                    "Dans l'atelier, on vient de partout : du Maroc, du Mali, du Vietnam, de Turquie, du Sri Lanka. "
                    "Mais on a tous un point commun : un jour, on est arrivés ici, au Val Fourré.",
                ),
                ("heading", "Le premier jour"),
                (
                    "paragraph",
                    "Mme Nguyen se souvient du froid, en janvier 1994, et des immeubles si hauts. "
                    "Fatima se souvient de la voisine qui lui a apporté du thé, le premier soir. "
                    "Oumar, lui, se souvient surtout de la gare, et du bus qu'il a pris dans le mauvais sens.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des feuilles écrites à la main et des photos de famille posées sur la table de l'atelier.",
                        "credit": "Fatima Z.",
                    },
                ),
                (
                    "paragraph",
                    "Le quartier a changé depuis. Certains immeubles sont partis, d'autres sont arrivés. "
                    "Mais dans nos textes, il reste les mêmes choses : les voisins, le marché, les enfants qui jouent en bas.",
                ),
                (
                    "quote",
                    {
                        "text": "Je suis arrivée avec une valise. Aujourd'hui, j'ai trente ans de souvenirs ici.",
                        "attribution": "Mme Nguyen, apprenante",
                    },
                ),
            ],
            "easy_read": None,
        },
    ],
}
