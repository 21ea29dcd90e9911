"""Demo gazette for Le Noyer Renard (Athis-Mons), written with the Espace multimédia athégien."""

GAZETTE = {
    "name": "La Feuille du Noyer",
    "intro": (
        "La Feuille du Noyer est le journal des habitants du Noyer Renard, à Athis-Mons. "
        "Elle est écrite avec l'Espace multimédia athégien et les associations du quartier."
    ),
    "issues": [
        {
            "number": 47,
            "date": "2026-04-10",
            "title": "Le festival se prépare",
            "editorial": [
                "Le Festival des usages revient le samedi 13 juin. Dans ce numéro, on vous dit tout sur le thème de l'année "
                "et sur les ateliers pour s'y préparer.",
                "Vous trouverez aussi des nouvelles du site du quartier et d'Athis Alpha, qui mélange cahiers et claviers.",
            ],
        },
        {
            "number": 48,
            "date": "2026-09-25",
            "title": "La rentrée au Noyer Renard",
            "editorial": [
                "Le festival de juin a laissé de beaux souvenirs : nous vous les racontons en photos.",
                "C'est aussi la rentrée des devoirs et des nouveaux voisins. Bienvenue à ceux qui arrivent ! "
                "Ce journal est aussi le vôtre : les articles sont écrits par des habitants, et il reste de la place.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "festival-des-usages-2026-theme",
            "title": "Festival des usages 2026 : l'intelligence artificielle au quotidien",
            "chapo": (
                "Le samedi 13 juin, le Festival des usages revient au Noyer Renard. "
                "Cette année, on parle des outils qui écrivent, traduisent et répondent à nos questions."
            ),
            "rubrique": "culture",
            "tags": ["festival", "intelligence artificielle", "ateliers"],
            "authors": ["Inès (animatrice)", "Samir B."],
            "date": "2026-04-02",
            "issue": 47,
            "body": [
                (
                    "paragraph",
                    "Tout le monde en parle, mais qui sait vraiment s'en servir ? "
                    "Les outils d'intelligence artificielle sont partout : dans le téléphone, dans les sites de la banque, "
                    "dans les traducteurs. Le festival veut aider chacun à y voir plus clair.",
                ),
                ("heading", "On s'entraîne avant le jour J"),
                (
                    "paragraph",
                    "Comme chaque année, l'Espace multimédia athégien ne prépare pas la fête tout seul. "
                    "D'avril à juin, il va chez ses partenaires pour faire découvrir ces outils : l'école d'art, la Mission locale, "
                    "le CCAS, des associations et des entreprises du coin. "
                    "Chacun les essaie, puis viendra montrer au festival ce qu'il en a fait.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des jeunes de la Mission locale testent un traducteur vocal sur un téléphone, pendant un atelier de préparation.",
                        "credit": "Samir B.",
                    },
                ),
                (
                    "paragraph",
                    "Le jour J, il y aura de petites conférences, des démonstrations, des stands d'information "
                    "et des ateliers de théâtre. Les habitués le savent : on vient pour une heure, on reste l'après-midi. "
                    "Chaque édition attire plus de 400 personnes.",
                ),
                (
                    "quote",
                    {
                        "text": "Je veux savoir si ces machines peuvent m'aider à écrire à la mairie. Et si on peut leur faire confiance.",
                        "attribution": "Mme Lefèvre, habitante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "festival-des-usages-souvenirs",
            "title": "Réseaux sociaux, jeux vidéo, tablettes : les souvenirs du festival",
            "chapo": (
                "Le Festival des usages existe depuis 2008. "
                "Des habitants fidèles se souviennent des premières éditions."
            ),
            "rubrique": "histoire",
            "tags": ["festival", "mémoire", "jeux vidéo"],
            "authors": ["Papi Gérard"],
            "date": "2026-05-20",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "En 2008, la première édition parlait un peu de tout. Il fallait lancer l'idée : "
                    "une fête du quartier autour de l'ordinateur et d'internet. "
                    "Beaucoup de voisins sont venus par curiosité. Ils sont revenus l'année suivante.",
                ),
                ("heading", "Un thème par an"),
                (
                    "paragraph",
                    "En 2009, le thème était les réseaux sociaux. En 2010, les jeux vidéo : la salle n'avait jamais été aussi pleine d'ados. "
                    "En 2011, place aux tablettes tactiles et aux smartphones, qui arrivaient à peine dans les poches.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un vieux programme du festival, jauni, posé à côté d'une tablette allumée.",
                        "credit": "Papi Gérard",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "L'année des jeux vidéo, j'ai battu mon petit-fils au tennis sur écran. Il ne me l'a jamais pardonné.",
                        "attribution": "Papi Gérard, bénévole",
                    },
                ),
                (
                    "paragraph",
                    "Depuis, d'une année sur l'autre, les habitants guettent la date de la prochaine édition. "
                    "Il a reçu le soutien de la préfecture, du conseil général et de la communauté de communes. "
                    "Et chaque année, les habitants donnent leur avis sur le thème suivant.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "festival-des-usages-retour-en-images",
            "title": "Retour sur le festival : une journée bien remplie",
            "chapo": (
                "Le 13 juin, le quartier a discuté d'intelligence artificielle, joué du théâtre et testé des robots qui parlent. "
                "Retour en images sur une belle journée."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["festival", "intelligence artificielle", "fête"],
            "authors": ["Lucie M.", "Fatou D."],
            "date": "2026-06-22",
            "issue": 48,
            "body": [
                (
                    "paragraph",
                    "Dès 14 h, la salle du rez-de-chaussée était pleine. Sur un stand, les jeunes de la Mission locale "
                    "montraient comment ils préparent un entretien avec un assistant en ligne. "
                    "Plus loin, l'école d'art exposait des images créées à plusieurs mains, humaines et numériques.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une foule devant les stands du festival, ballons et affiches colorées au plafond.",
                        "credit": "Lucie M.",
                    },
                ),
                ("heading", "Le moment le plus drôle"),
                (
                    "paragraph",
                    "L'atelier théâtre a fait rire tout le monde. Deux habitantes jouaient une conversation avec un robot "
                    "qui comprend tout de travers. Derrière les rires, il y avait un vrai message : "
                    "ces outils se trompent, il faut toujours vérifier.",
                ),
                (
                    "quote",
                    {
                        "text": "J'ai appris qu'on pouvait demander une recette sans gluten à mon téléphone. Et qu'il fallait quand même goûter.",
                        "attribution": "Fatou D., rédactrice",
                    },
                ),
                (
                    "paragraph",
                    "Merci aux bénévoles, aux partenaires et à tous les visiteurs. "
                    "L'équipe prépare déjà le thème de l'an prochain. Vos idées sont les bienvenues.",
                ),
            ],
            "easy_read": [
                "Le festival a eu lieu le 13 juin.",
                "Beaucoup d'habitants sont venus.",
                "On a parlé d'intelligence artificielle.",
                "Ce sont des outils qui répondent aux questions.",
                "Ces outils se trompent parfois.",
                "Il faut toujours vérifier.",
            ],
        },
        {
            "slug": "site-noyer-renard-numerique",
            "title": "Noyer Renard numérique : tout le quartier sur un seul site",
            "chapo": (
                "Les horaires de la mairie annexe, le numéro de la CAF, le bus pour la gare : "
                "le site du quartier rassemble l'essentiel. Il fait peau neuve ce printemps."
            ),
            "rubrique": "numerique",
            "tags": ["site internet", "démarches", "participation"],
            "authors": ["Kader"],
            "date": "2026-03-05",
            "issue": 47,
            "body": [
                (
                    "paragraph",
                    "Le site Noyer Renard numérique ne cherche pas à faire le buzz. Il est là pour rendre service. "
                    "On y trouve tous les acteurs du quartier : la mairie annexe, la CAF, le centre social, les transports. "
                    "Et une page entière pour les démarches des nouveaux arrivants.",
                ),
                ("heading", "Ce qui marche, ce qui n'a pas marché"),
                (
                    "paragraph",
                    "Il y a une quinzaine d'années, on avait essayé un réseau social entre voisins. Les habitants ne s'en sont pas servis. "
                    "Le site d'information, lui, a tout de suite trouvé son public. "
                    "En 2011 déjà, il comptait 11 000 visites par an, pour 4 000 habitants.",
                ),
                (
                    "photo",
                    {
                        "caption": "La page d'accueil du site du quartier, affichée sur un ordinateur de l'Espace multimédia.",
                        "credit": "Kader",
                    },
                ),
                ("heading", "Testé par les habitants"),
                (
                    "paragraph",
                    "Avant la mise en ligne de la nouvelle version, dix habitants l'ont testée. "
                    "Ce sont surtout des personnes qui ont du mal avec l'ordinateur. "
                    "Leur avis a tout changé : des boutons plus gros, moins de mots, et le numéro de téléphone toujours en haut.",
                ),
                (
                    "quote",
                    {
                        "text": "Si moi j'y arrive, tout le monde y arrive. C'est ce que j'ai dit à l'animatrice.",
                        "attribution": "Mme Lefèvre, habitante et testeuse",
                    },
                ),
            ],
            "easy_read": [
                "Le quartier a un site internet.",
                "Il s'appelle Noyer Renard numérique.",
                "Vous trouvez les adresses utiles.",
                "Vous trouvez les horaires.",
                "Des habitants ont testé le site.",
                "Le site est plus facile à lire.",
            ],
        },
        {
            "slug": "bienvenue-nouveaux-arrivants",
            "title": "Nouveaux voisins : une matinée pour bien démarrer",
            "chapo": (
                "Vous venez d'emménager au Noyer Renard ? "
                "Le samedi 17 octobre, l'Espace multimédia et le centre social vous accueillent autour d'un petit-déjeuner."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["nouveaux arrivants", "démarches", "logement"],
            "authors": ["Fatou D."],
            "date": "2026-09-08",
            "issue": 48,
            "body": [
                (
                    "paragraph",
                    "Changer d'adresse, c'est une montagne de papiers. La CAF, l'école, l'assurance, la carte de bus, le médecin. "
                    "Quand on ne connaît personne, on ne sait pas par où commencer.",
                ),
                (
                    "paragraph",
                    "Alors, une fois par an, on fait une matinée pour les nouveaux. Café, jus d'orange et croissants. "
                    "Puis une petite visite : la mairie annexe, le centre social, l'arrêt de bus, les locaux de l'Espace multimédia.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un groupe de nouveaux habitants écoute une bénévole devant la mairie annexe.",
                        "credit": "Fatou D.",
                    },
                ),
                ("heading", "Les démarches, pas à pas"),
                (
                    "paragraph",
                    "À la fin de la visite, on s'installe devant les ordinateurs. "
                    "On fait ensemble le changement d'adresse en ligne. On s'inscrit aux activités. "
                    "Et on repart avec la page « nouveaux arrivants » du site du quartier, imprimée.",
                ),
                (
                    "quote",
                    {
                        "text": "Je suis arrivée en août avec mes trois enfants. Ce matin-là, j'ai enfin eu l'impression d'habiter quelque part.",
                        "attribution": "Grace, 35 ans, nouvelle habitante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "atelier-emploi-plie",
            "title": "Avec le PLIE, on reprend confiance devant l'écran",
            "chapo": (
                "Le mardi matin, des personnes suivies par le PLIE viennent à l'Espace multimédia. "
                "On y travaille le CV, les candidatures et surtout la confiance."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "cv", "ateliers"],
            "authors": ["Samir B."],
            "date": "2026-02-12",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Le PLIE accompagne les personnes éloignées de l'emploi depuis longtemps. "
                    "Chacun a un référent, qui l'aide à construire son parcours. "
                    "Mais pour postuler aujourd'hui, il faut un ordinateur. C'est là que l'Espace multimédia entre en jeu.",
                ),
                ("heading", "Un atelier sur mesure"),
                (
                    "paragraph",
                    "Le groupe compte six personnes. On commence par créer une adresse mail sérieuse. "
                    "Puis on met son CV en forme, on apprend à l'enregistrer et à l'envoyer. "
                    "Chacun avance à son rythme, et le référent passe voir le groupe une fois par mois.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un participant imprime son tout premier CV, sous le regard de l'animatrice.",
                        "credit": "Samir B.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon adresse mail, avant, c'était le nom de mon chien. Maintenant, c'est mon nom à moi.",
                        "attribution": "Olivier, 50 ans, participant",
                    },
                ),
                (
                    "paragraph",
                    "Trois participants de l'automne dernier ont trouvé un contrat. "
                    "Pour rejoindre l'atelier, parlez-en à votre référent PLIE.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "devoirs-une-chance-pour-reussir",
            "title": "Les devoirs, c'est mieux à plusieurs",
            "chapo": (
                "L'association Une chance pour réussir reprend l'aide aux devoirs. "
                "Les enfants de la Réussite éducative ont aussi leurs ateliers à l'Espace multimédia."
            ),
            "rubrique": "jeunesse",
            "tags": ["enfants", "école", "associations"],
            "authors": ["Lucie M."],
            "date": "2026-09-15",
            "issue": 48,
            "body": [
                (
                    "paragraph",
                    "Lundi, mardi et jeudi, de 16 h 30 à 18 h, la salle s'emplit de cartables. "
                    "Les bénévoles d'Une chance pour réussir aident les enfants du primaire et du collège à faire leurs devoirs. "
                    "Dans le calme, autant que possible.",
                ),
                (
                    "paragraph",
                    "Les ordinateurs servent aux recherches et aux exposés. "
                    "Mais on apprend aussi à se méfier de ce qu'on lit sur internet. "
                    "Une règle au tableau : on cite toujours d'où vient l'information.",
                ),
                (
                    "photo",
                    {
                        "caption": "Deux enfants préparent un exposé sur les volcans, une bénévole à leurs côtés.",
                        "credit": "Lucie M.",
                    },
                ),
                ("heading", "Le mercredi, place aux projets"),
                (
                    "paragraph",
                    "Avec le programme de Réussite éducative, un petit groupe d'enfants vient aussi le mercredi. "
                    "Cette année, ils vont créer un jeu vidéo simple, sur le thème du quartier. "
                    "Ils le présenteront au prochain festival.",
                ),
                (
                    "quote",
                    {
                        "text": "Ici, personne ne se moque quand on ne sait pas. Alors on ose demander.",
                        "attribution": "Yanis, 10 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "athis-alpha-cahiers-et-claviers",
            "title": "Athis Alpha : des cahiers et des claviers",
            "chapo": (
                "L'association Athis Alpha apprend à lire et à écrire aux adultes. "
                "Depuis janvier, une séance par semaine se passe devant l'ordinateur."
            ),
            "rubrique": "associations",
            "tags": ["français", "associations", "ateliers"],
            "authors": ["Mme Lefèvre (habitante)"],
            "date": "2026-03-20",
            "issue": 47,
            "body": [
                (
                    "paragraph",
                    "Athis Alpha aide des adultes à apprendre à lire et à écrire le français. "
                    "Les cours ont lieu en petits groupes, avec des bénévoles. "
                    "Depuis janvier, le groupe du vendredi vient à l'Espace multimédia.",
                ),
                (
                    "paragraph",
                    "Sur l'écran, les lettres sont grandes. On peut écouter un mot autant de fois qu'on veut. "
                    "On peut se tromper sans que ça se voie sur le cahier. "
                    "Pour beaucoup, c'est moins intimidant.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une femme tape son prénom au clavier, un cahier d'écriture ouvert à côté d'elle.",
                        "credit": "Kader",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'ai écrit ma liste de courses sur le téléphone. Toute seule. Mon mari n'en revenait pas.",
                        "attribution": "Zahra, 46 ans, apprenante",
                    },
                ),
            ],
            "easy_read": [
                "Athis Alpha est une association.",
                "Elle aide les adultes à lire et à écrire.",
                "Le vendredi, le groupe va à l'Espace multimédia.",
                "On apprend avec l'ordinateur.",
                "Les lettres sont grandes sur l'écran.",
                "On peut écouter les mots.",
            ],
        },
        {
            "slug": "portrait-papi-gerard",
            "title": "Papi Gérard, bénévole du jeudi",
            "chapo": (
                "Ancien électricien, Gérard passe ses jeudis à l'Espace multimédia. "
                "Il répare, il explique, et il raconte volontiers l'histoire du lieu."
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "bénévoles", "seniors"],
            "authors": ["Lucie M.", "Kader"],
            "date": "2026-10-08",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Tout le monde l'appelle Papi Gérard, même ceux qui ont son âge. "
                    "Il a 71 ans, des lunettes au bout du nez et un tournevis dans la poche. "
                    "Le jeudi, il accueille ceux qui ont un souci avec leur téléphone ou leur ordinateur.",
                ),
                ("heading", "Deux locaux prêtés par le bailleur"),
                (
                    "paragraph",
                    "Gérard connaît bien la maison. L'Espace multimédia athégien est une association. "
                    "Il occupe deux locaux prêtés par le bailleur Immobilière 3F : un appartement et une salle au rez-de-chaussée. "
                    "Son conseil d'administration réunit sept associations du quartier et le bailleur.",
                ),
                (
                    "photo",
                    {
                        "caption": "Papi Gérard change la batterie d'un vieux portable, entouré de curieux.",
                        "credit": "Kader",
                    },
                ),
                (
                    "paragraph",
                    "Ce qu'il préfère ? Le moment où quelqu'un repart en disant « je vais essayer tout seul ». "
                    "Pour lui, c'est le signe que le travail est fait.",
                ),
                (
                    "quote",
                    {
                        "text": "Je ne suis pas un as d'internet. Mais j'ai de la patience, et ça, ça ne s'apprend pas sur un écran.",
                        "attribution": "Papi Gérard, bénévole",
                    },
                ),
            ],
            "easy_read": None,
        },
    ],
}
