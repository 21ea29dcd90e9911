"""Demo content: Le Mistral de Sainte-Musse (Toulon).

Pure data. All people are invented; organisations come from the 2011 study facts.
"""

GAZETTE = {
    "name": "Le Mistral de Sainte-Musse",
    "intro": (
        "Le petit journal des habitants de Sainte-Musse, préparé à la Cyber-base du "
        "centre socio-culturel. Il souffle des nouvelles du quartier, comme le vent."
    ),
    "issues": [
        {
            "number": 18,
            "date": "2026-06-12",
            "title": "Sainte-Musse hier et aujourd'hui",
            "editorial": [
                "Dans ce numéro, on ressort un film que beaucoup d'entre vous ont aidé à "
                "fabriquer. On parle aussi des impôts en ligne, et de nos aînés qui "
                "découvrent les appels vidéo.",
                "Le Mistral est fait par des habitants, pour des habitants. Une idée, une "
                "photo, un coup de gueule ? Passez à la Maison des services publics, au "
                "même étage que le centre social. On vous attend.",
            ],
        },
        {
            "number": 19,
            "date": "2026-10-09",
            "title": "Une rentrée qui donne du travail",
            "editorial": [
                "La rentrée, c'est le moment des bonnes résolutions. Trouver un emploi, "
                "rejoindre une association, apprendre le français : à Sainte-Musse, on ne "
                "manque pas d'endroits pour commencer.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "memoire-du-quartier-projection",
            "title": "Le film de la mémoire du quartier revient à l'écran",
            "chapo": (
                "Il y a une quinzaine d'années, soixante habitants ont raconté Sainte-Musse "
                "devant la caméra. Le documentaire sera projeté de nouveau au centre social."
            ),
            "rubrique": "histoire",
            "tags": ["mémoire", "centre social", "habitants"],
            "authors": ["Tonton Marcel", "Inès R."],
            "date": "2026-05-18",
            "issue": 18,
            "body": [
                (
                    "paragraph",
                    "Vous vous souvenez du projet mémoire du centre social ? Pendant deux "
                    "ans, soixante personnes ont fouillé l'histoire du quartier. Anciens, "
                    "lycéens, familles arrivées d'ailleurs : tout le monde a mis la main à "
                    "la pâte.",
                ),
                ("heading", "Un film de 45 minutes"),
                (
                    "paragraph",
                    "Le résultat, c'est un documentaire de 45 minutes. Il raconte Sainte-Musse "
                    "depuis l'après-guerre : les immeubles qui sortent de terre, les familles "
                    "venues de loin, la vie qui s'installe. Les interviews, le son et le "
                    "montage ont été faits avec la Cyber-base.",
                ),
                (
                    "photo",
                    {
                        "caption": "La maquette du quartier, avec ses petits immeubles en "
                        "carton, posée dans une salle du centre social.",
                        "credit": "Kader L.",
                    },
                ),
                ("heading", "Beaucoup de partenaires"),
                (
                    "paragraph",
                    "La classe des élèves nouvellement arrivés du lycée Cisson a participé, "
                    "tout comme le CIL Sainte-Musse - Pont du Suve et l'association Passerelle "
                    "Méditerranée. Les ateliers d'art entre générations du centre social étaient "
                    "aussi de la partie. Une maquette du quartier a même été construite. Des "
                    "fonds de la région et de l'Europe "
                    "avaient aidé à financer le tout.",
                ),
                (
                    "quote",
                    {
                        "text": "Dans le film, on voit mon père jeune, devant notre "
                        "immeuble. Mes petits-enfants ne me croyaient pas.",
                        "attribution": "Tonton Marcel, habitant depuis toujours",
                    },
                ),
                (
                    "paragraph",
                    "La projection aura lieu un samedi après-midi de juin, au centre social. "
                    "La maquette sera exposée à côté. L'entrée est libre et le goûter est "
                    "offert.",
                ),
            ],
            "easy_read": [
                "Des habitants ont fait un film sur le quartier.",
                "Soixante personnes ont participé.",
                "Le projet a duré deux ans.",
                "Le film dure 45 minutes.",
                "Il raconte Sainte-Musse depuis la guerre.",
                "Le film passe au centre social en juin.",
                "L'entrée est libre.",
            ],
        },
        {
            "slug": "declaration-impots-en-ligne",
            "title": "Déclarer ses impôts en ligne : on s'y met ensemble",
            "chapo": (
                "Au printemps, la Cyber-base a ouvert des créneaux pour remplir sa "
                "déclaration de revenus sur internet, sans paniquer."
            ),
            "rubrique": "numerique",
            "tags": ["démarches en ligne", "impôts", "seniors"],
            "authors": ["Julie P."],
            "date": "2026-04-22",
            "issue": 18,
            "body": [
                (
                    "paragraph",
                    "Chaque année, c'est la même question : comment déclarer ses revenus "
                    "sur internet ? Cette année, la Cyber-base Sainte-Musse a organisé des "
                    "séances spéciales, en lien avec le centre des impôts.",
                ),
                ("heading", "Ce qu'il faut apporter"),
                (
                    "paragraph",
                    "Votre numéro fiscal, qui se trouve sur votre dernier avis d'impôt. "
                    "Votre mot de passe, si vous en avez un. Et votre téléphone, pour "
                    "recevoir les codes. Sans ces trois choses, on perd beaucoup de temps.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un couple de retraités devant l'écran, leur avis d'impôt "
                        "posé à côté du clavier.",
                        "credit": "Hocine B.",
                    },
                ),
                (
                    "paragraph",
                    "Les animateurs ne remplissent pas la déclaration à votre place. Ils vous "
                    "montrent où cliquer et vous expliquent les mots compliqués. Pour les "
                    "questions sur vos impôts eux-mêmes, ils vous orientent vers le centre "
                    "des impôts.",
                ),
                (
                    "quote",
                    {
                        "text": "J'avais peur de faire une bêtise. En vingt minutes, "
                        "c'était fini, et j'ai gardé l'accusé de réception.",
                        "attribution": "Mme Santini, habitante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "seniors-cosor-appels-video",
            "title": "À la maison de retraite, on s'appelle en vidéo",
            "chapo": (
                "Les résidents de la maison de retraite COSOR suivent des ateliers adaptés. "
                "Leur grande découverte : voir ses petits-enfants sur un écran."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["seniors", "familles"],
            "authors": ["Fatima Z."],
            "date": "2026-06-02",
            "issue": 18,
            "body": [
                (
                    "paragraph",
                    "Un mercredi sur deux, un animateur de la Cyber-base se rend chez les "
                    "résidents de la COSOR. Il arrive avec des tablettes et beaucoup de "
                    "patience. Les ateliers sont pensés pour eux : gros caractères, gestes "
                    "simples, pas de précipitation.",
                ),
                (
                    "paragraph",
                    "Ce printemps, le thème était l'appel vidéo. Certains résidents ont de "
                    "la famille à Marseille, à Lyon ou de l'autre côté de la mer. Un appel "
                    "avec l'image, ça change tout.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une dame âgée sourit à sa petite-fille qui lui fait "
                        "coucou sur l'écran d'une tablette.",
                        "credit": "Fatima Z.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je n'avais pas vu mon arrière-petit-fils depuis sa "
                        "naissance. Il a déjà des dents !",
                        "attribution": "Mme Josette, 88 ans, résidente",
                    },
                ),
                (
                    "paragraph",
                    "Ces ateliers se font avec le service seniors de la mairie. À la rentrée, "
                    "les résidents veulent apprendre à regarder leurs photos de famille sur "
                    "la tablette.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "fete-du-numerique-juin",
            "title": "Fête du numérique : le quartier a joué le jeu",
            "chapo": (
                "Jeux, photos, musique et crêpes : la première Fête du numérique de "
                "Sainte-Musse a réuni petits et grands sur le parvis."
            ),
            "rubrique": "culture",
            "tags": ["fête", "familles", "jeunes"],
            "authors": ["Kader L.", "Julie P."],
            "date": "2026-06-27",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Samedi dernier, le parvis de la Maison des services publics a pris des "
                    "airs de fête. La Cyber-base et le centre social avaient sorti les "
                    "ordinateurs, les tables et la sono.",
                ),
                (
                    "paragraph",
                    "Les enfants ont fabriqué des badges avec leur portrait. Les ados ont "
                    "organisé un tournoi de jeu vidéo. Les grands-parents ont appris à "
                    "envoyer une photo par message. Et tout le monde a mangé des crêpes.",
                ),
                (
                    "photo",
                    {
                        "caption": "Sur le parvis, des enfants font la queue devant un stand "
                        "où l'on imprime des badges avec leur photo.",
                        "credit": "Kader L.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "On a gagné le tournoi contre les animateurs. Ils veulent "
                        "leur revanche l'an prochain.",
                        "attribution": "Yanis, 15 ans",
                    },
                ),
                (
                    "paragraph",
                    "Les associations du quartier tenaient aussi des stands. Rendez-vous est "
                    "pris pour l'année prochaine, avec peut-être un atelier radio.",
                ),
            ],
            "easy_read": [
                "Il y a eu une fête sur le parvis.",
                "C'était la Fête du numérique.",
                "Les enfants ont fait des badges.",
                "Les jeunes ont joué aux jeux vidéo.",
                "Les grands-parents ont envoyé des photos.",
                "La fête revient l'année prochaine.",
            ],
        },
        {
            "slug": "code-de-la-route-en-ligne",
            "title": "Réviser le code de la route sur ordinateur",
            "chapo": (
                "Avec la Sécurité routière, la Cyber-base propose des séances pour "
                "s'entraîner au code. Les jeunes en redemandent."
            ),
            "rubrique": "jeunesse",
            "tags": ["jeunes", "permis", "emploi"],
            "authors": ["Hocine B."],
            "date": "2026-07-10",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Le permis de conduire, c'est souvent la clé pour trouver un travail. "
                    "Mais avant de prendre le volant, il faut réussir le code. Et réviser "
                    "seul, ce n'est pas facile.",
                ),
                (
                    "paragraph",
                    "Tout l'été, la Cyber-base Sainte-Musse ouvre ses ordinateurs pour "
                    "s'entraîner aux questions du code. Des intervenants de la Sécurité "
                    "routière passent parfois pour expliquer les panneaux et les pièges.",
                ),
                (
                    "photo",
                    {
                        "caption": "Deux jeunes concentrés devant un écran affichant une "
                        "photo de carrefour et quatre réponses possibles.",
                        "credit": "Inès R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "À plusieurs, on se pose les questions entre nous. C'est "
                        "moins ennuyeux et on retient mieux.",
                        "attribution": "Samira, 19 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "permanence-emploi-mardi",
            "title": "La permanence emploi : un seul endroit pour plusieurs questions",
            "chapo": (
                "Le mardi, la Cyber-base tient la permanence emploi avec la Mission locale "
                "de Toulon, le CIO et d'autres acteurs de l'insertion."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "mission locale", "cv"],
            "authors": ["Kader L."],
            "date": "2026-09-15",
            "issue": 19,
            "body": [
                (
                    "paragraph",
                    "Trouver un emploi, une formation, un stage : on ne sait pas toujours "
                    "à quelle porte frapper. La permanence emploi répond à ce problème. "
                    "Plusieurs professionnels sont réunis dans la même salle.",
                ),
                ("heading", "Qui est là ?"),
                (
                    "paragraph",
                    "Un conseiller de la Mission locale de Toulon reçoit les 16-25 ans. Le "
                    "CIO aide à choisir une formation ou une orientation. Un animateur de la "
                    "Cyber-base est là pour le CV, les candidatures en ligne et l'espace "
                    "personnel sur les sites d'emploi.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une salle lumineuse où un conseiller et une jeune femme "
                        "regardent ensemble une offre d'emploi sur l'écran.",
                        "credit": "Julie P.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je suis venue pour mon CV. Je suis repartie avec un "
                        "rendez-vous pour une formation d'aide-soignante.",
                        "attribution": "Leïla, 24 ans, habitante",
                    },
                ),
                (
                    "paragraph",
                    "C'est sans rendez-vous, le mardi matin, à la Maison des services "
                    "publics. Pensez à apporter vos papiers d'identité et, si "
                    "vous l'avez, votre CV sur papier ou sur une clé.",
                ),
            ],
            "easy_read": [
                "Vous cherchez un travail ou une formation ?",
                "Venez le mardi matin.",
                "C'est à la Maison des services publics.",
                "La Mission locale reçoit les jeunes.",
                "La Cyber-base aide à faire le CV.",
                "Pas besoin de rendez-vous.",
            ],
        },
        {
            "slug": "eleves-nouvellement-arrives-imagier",
            "title": "Un imagier en huit langues, fait par des élèves",
            "chapo": (
                "Des élèves arrivés en France depuis peu ont créé un imagier numérique. "
                "Chaque mot est écrit en français et dans leurs langues."
            ),
            "rubrique": "jeunesse",
            "tags": ["école", "français", "jeunes", "familles"],
            "authors": ["Inès R."],
            "date": "2026-10-02",
            "issue": 19,
            "body": [
                (
                    "paragraph",
                    "Ils viennent d'Afghanistan, d'Ukraine, des Comores ou du Brésil. Ils "
                    "sont dans une classe pour élèves nouvellement arrivés. Pendant le "
                    "temps scolaire, ils viennent à la Cyber-base avec leur professeure.",
                ),
                (
                    "paragraph",
                    "Cette année, ils fabriquent un imagier. Une photo, un mot en français, "
                    "et le même mot dans leur langue. Pain, bus, boulangerie, médecin : "
                    "les mots de tous les jours d'abord.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un élève photographie une baguette posée sur une table "
                        "pendant que sa voisine écrit le mot au tableau.",
                        "credit": "Inès R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Ma mère apprend les mots avec mon imagier. Maintenant, "
                        "c'est moi le professeur à la maison.",
                        "attribution": "Arman, 15 ans, élève",
                    },
                ),
                (
                    "paragraph",
                    "L'imagier sera imprimé et offert aux familles. Il sera aussi prêté aux "
                    "ateliers de français du centre social.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "portrait-animateur-deux-cyber-bases",
            "title": "Romain, animateur entre Sainte-Musse et Brunet",
            "chapo": (
                "Il fait partie des trois animateurs de la Cyber-base Sainte-Musse. Il "
                "donne aussi un coup de main à celle de Brunet."
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "animateurs"],
            "authors": ["Mme Santini (habitante)"],
            "date": "2026-09-25",
            "issue": 19,
            "body": [
                (
                    "paragraph",
                    "Le centre socio-culturel gère deux Cyber-bases : celle de Sainte-Musse "
                    "et celle de Brunet. Cinq personnes y travaillent à l'année. Romain est "
                    "l'un des trois animateurs multimédia de Sainte-Musse.",
                ),
                ("heading", "Une journée type"),
                (
                    "paragraph",
                    "Le matin, il aide les demandeurs d'emploi. L'après-midi, il reçoit une "
                    "classe ou file à la maison de retraite. Le soir, il répare parfois une "
                    "imprimante capricieuse. Il dit qu'aucune journée ne ressemble à une "
                    "autre.",
                ),
                (
                    "photo",
                    {
                        "caption": "Romain, casque audio autour du cou, explique quelque "
                        "chose à une habitante devant un ordinateur.",
                        "credit": "Hocine B.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon plus beau souvenir ? Une dame de 70 ans qui m'a "
                        "envoyé son premier courriel. Il disait juste : merci.",
                        "attribution": "Romain, animateur multimédia",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "forum-des-associations",
            "title": "Forum des associations : qui fait quoi à Sainte-Musse ?",
            "chapo": (
                "Sport, couture, soutien scolaire, entraide : les associations du quartier "
                "ont présenté leurs activités. La Cyber-base les a aidées à se montrer."
            ),
            "rubrique": "associations",
            "tags": ["associations", "bénévoles", "centre social", "habitants"],
            "authors": ["Fatima Z.", "Tonton Marcel"],
            "date": "2026-09-08",
            "issue": 19,
            "body": [
                (
                    "paragraph",
                    "Début septembre, une quinzaine d'associations ont installé leurs stands "
                    "au centre social. Les familles sont venues nombreuses pour inscrire les "
                    "enfants ou trouver une activité.",
                ),
                (
                    "paragraph",
                    "Avant le forum, la Cyber-base avait proposé un coup de pouce aux "
                    "bénévoles. Faire une affiche, créer une adresse courriel pour "
                    "l'association, mettre les horaires en ligne : plusieurs en ont profité.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une bénévole du club de couture tient une affiche "
                        "colorée qu'elle a réalisée à la Cyber-base.",
                        "credit": "Tonton Marcel",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Notre affiche était la plus belle du forum. Et c'est "
                        "moi qui l'ai faite, à 67 ans !",
                        "attribution": "Mme Colette, bénévole",
                    },
                ),
                (
                    "paragraph",
                    "Vous avez raté le forum ? La liste des associations est affichée à "
                    "l'accueil du centre social. Vous pouvez aussi demander au Mistral.",
                ),
            ],
            "easy_read": None,
        },
    ],
}
