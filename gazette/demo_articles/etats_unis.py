"""Demo gazette for the États-Unis quartier (Lyon 8e), written with the PIMMS Lyon États-Unis."""

GAZETTE = {
    "name": "Le Fil des États-Unis",
    "intro": (
        "Le Fil des États-Unis donne des nouvelles du quartier des États-Unis, dans le 8e arrondissement de Lyon. "
        "Il est écrit par des habitants, avec l'équipe du PIMMS Lyon États-Unis."
    ),
    "issues": [
        {
            "number": 8,
            "date": "2026-02-16",
            "title": "Un hiver bien au chaud",
            "editorial": [
                "L'hiver, les factures grimpent et les papiers s'empilent. Dans ce numéro, on vous explique où trouver de l'aide, "
                "sans rendez-vous et sans jugement.",
                "Vous découvrirez aussi le parcours d'un jeune médiateur, et ce qui se passe derrière la porte du PIMMS.",
            ],
        },
        {
            "number": 9,
            "date": "2026-09-21",
            "title": "Rentrée : on fait le point",
            "editorial": [
                "Nouvelle année, nouvelles démarches. Ce numéro parle d'emploi, de photos devant les murs peints "
                "et de l'histoire des partenaires du PIMMS.",
                "Merci aux habitants qui ont écrit pour ce numéro. Le prochain sortira au printemps.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "le-pimms-c-est-quoi",
            "title": "Le PIMMS, c'est quoi au juste ?",
            "chapo": (
                "On passe devant, on a entendu le nom, mais on ne sait pas toujours ce qu'on y fait. "
                "Petite visite du Point information médiation multi-services du quartier."
            ),
            "rubrique": "associations",
            "tags": ["pimms", "démarches", "factures"],
            "authors": ["Malika H."],
            "date": "2026-01-15",
            "issue": 8,
            "body": [
                (
                    "paragraph",
                    "PIMMS veut dire Point information médiation multi-services. C'est une association. "
                    "Elle fait partie d'un réseau national, l'Union nationale des PIMMS. "
                    "Son travail : aider les habitants dans leurs démarches de tous les jours.",
                ),
                ("heading", "On y vient pour quoi ?"),
                (
                    "paragraph",
                    "Une facture d'eau, de gaz ou d'électricité qu'on ne comprend pas. Un abonnement de transport à renouveler. "
                    "Un courrier de La Poste, un dossier à remplir, un formulaire en ligne. "
                    "Les médiateurs écoutent, expliquent, et font le lien avec les services concernés.",
                ),
                (
                    "photo",
                    {
                        "caption": "L'accueil du PIMMS, avec un médiateur qui reçoit une habitante au comptoir.",
                        "credit": "Hugo R.",
                    },
                ),
                (
                    "paragraph",
                    "Il y a aussi des ordinateurs en accès libre, pour faire ses démarches sur internet. "
                    "Chaque jour, une soixantaine de personnes passent la porte. "
                    "Ici, on prend le temps de bien accueillir.",
                ),
                (
                    "quote",
                    {
                        "text": "Je suis venue pour une facture. Je suis repartie avec la facture comprise, et un café.",
                        "attribution": "Mme Bernard, habitante",
                    },
                ),
            ],
            "easy_read": [
                "Le PIMMS aide les habitants.",
                "Il aide pour les factures.",
                "Il aide pour les papiers.",
                "Il y a des ordinateurs.",
                "Vous pouvez venir sans rendez-vous.",
                "Les médiateurs vous expliquent.",
            ],
        },
        {
            "slug": "facture-energie-hiver",
            "title": "Facture d'hiver trop lourde : ne restez pas seul",
            "chapo": (
                "Avec le froid, les factures d'électricité et de gaz font peur. "
                "Des solutions existent, à condition d'en parler assez tôt."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["factures", "énergie", "logement"],
            "authors": ["Thierry L.", "Samia (médiatrice)"],
            "date": "2026-02-02",
            "issue": 8,
            "body": [
                (
                    "paragraph",
                    "En janvier, Thierry a reçu une facture deux fois plus chère que d'habitude. "
                    "Il l'a posée sur le frigo, et il n'a plus osé la regarder. "
                    "C'est son voisin qui l'a poussé à venir au PIMMS.",
                ),
                ("heading", "Ce qu'on peut demander"),
                (
                    "paragraph",
                    "On peut demander à payer en plusieurs fois : c'est un échéancier. "
                    "On peut vérifier si on a droit au chèque énergie. "
                    "On peut aussi contrôler que le compteur a bien été relevé, car certaines factures sont calculées sur une estimation.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une médiatrice montre sur une facture la ligne de la consommation estimée.",
                        "credit": "Hugo R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Le pire, c'est d'attendre. Plus on vient tôt, plus on a de solutions.",
                        "attribution": "Samia, médiatrice au PIMMS",
                    },
                ),
                (
                    "paragraph",
                    "Pour Thierry, tout s'est réglé en une demi-heure : la facture sera payée en six fois. "
                    "Il a aussi appris à lire son compteur et à envoyer le relevé en ligne.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "portrait-jeune-mediateur",
            "title": "Kevin, 24 ans, médiateur et fier de l'être",
            "chapo": (
                "Au PIMMS, les médiateurs apprennent un métier pendant deux ans. "
                "Kevin raconte ce que ce travail lui a appris, sur les autres et sur lui-même."
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "pimms", "emploi"],
            "authors": ["Djamila"],
            "date": "2026-02-10",
            "issue": 8,
            "body": [
                (
                    "paragraph",
                    "Kevin a grandi à deux rues d'ici. Après le lycée, il a enchaîné les petits boulots. "
                    "Il y a un an, il est entré au PIMMS comme médiateur.",
                ),
                ("heading", "Un parcours de deux ans"),
                (
                    "paragraph",
                    "Au PIMMS, les médiateurs suivent un parcours d'insertion de deux ans. "
                    "Ils apprennent à accueillir des personnes en difficulté, à expliquer simplement, à garder leur calme. "
                    "Ils découvrent aussi les entreprises partenaires, et construisent leur projet pour la suite.",
                ),
                (
                    "photo",
                    {
                        "caption": "Kevin aide un monsieur âgé à retrouver son identifiant sur l'ordinateur de l'accueil.",
                        "credit": "Djamila",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Des fois, une dame me dit merci comme si j'avais sauvé sa journée. Franchement, ça n'a pas de prix.",
                        "attribution": "Kevin, 24 ans, médiateur",
                    },
                ),
                (
                    "paragraph",
                    "Après ses deux ans, Kevin aimerait travailler dans les transports, à l'accueil des voyageurs. "
                    "Il a déjà fait un stage d'une semaine. Son conseil aux jeunes du quartier : « Osez pousser les portes. »",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "ordinateurs-en-acces-libre",
            "title": "Ordinateurs en accès libre : mode d'emploi",
            "chapo": (
                "Pas d'ordinateur à la maison ? Pas d'imprimante ? "
                "Le PIMMS met des postes à disposition, avec quelqu'un pour aider si besoin."
            ),
            "rubrique": "numerique",
            "tags": ["ordinateurs", "démarches", "pimms"],
            "authors": ["Hugo R."],
            "date": "2026-03-16",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Aujourd'hui, presque tout se fait sur internet. Or beaucoup de voisins n'ont qu'un téléphone, "
                    "parfois avec un petit écran ou peu de forfait. Pour remplir un long dossier, ce n'est pas pratique.",
                ),
                ("heading", "Comment ça se passe"),
                (
                    "paragraph",
                    "On se présente à l'accueil. On dit ce qu'on veut faire. Un médiateur vous installe devant un poste. "
                    "Si vous êtes à l'aise, vous faites seul. Sinon, il reste un moment avec vous.",
                ),
                (
                    "photo",
                    {
                        "caption": "Trois postes informatiques côte à côte, une habitante imprime un document.",
                        "credit": "Hugo R.",
                    },
                ),
                (
                    "paragraph",
                    "Un conseil : pensez à vous déconnecter à la fin. Vos comptes restent ainsi protégés. "
                    "Et gardez vos mots de passe dans un carnet, chez vous, pas sur un post-it collé au téléphone.",
                ),
                (
                    "quote",
                    {
                        "text": "J'ai imprimé mon billet de train pour aller voir ma sœur à Marseille. Tout seul, du premier coup.",
                        "attribution": "Tonton Rachid, habitant",
                    },
                ),
            ],
            "easy_read": [
                "Le PIMMS a des ordinateurs.",
                "Vous pouvez les utiliser.",
                "Vous pouvez imprimer.",
                "Un médiateur peut vous aider.",
                "À la fin, vous vous déconnectez.",
            ],
        },
        {
            "slug": "inscription-france-travail",
            "title": "S'inscrire à France Travail sans se perdre",
            "chapo": (
                "L'inscription se fait sur internet, et elle demande beaucoup d'informations. "
                "Au PIMMS, on peut la faire avec un médiateur à côté."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "démarches", "ordinateurs"],
            "authors": ["Malika H.", "Tonton Rachid"],
            "date": "2026-09-03",
            "issue": 9,
            "body": [
                (
                    "paragraph",
                    "Quand on perd son travail, la première démarche est de s'inscrire à France Travail, l'ancien Pôle emploi. "
                    "Tout se fait en ligne. Il faut créer un compte, remplir plusieurs pages et envoyer des documents.",
                ),
                ("heading", "Préparer ses papiers"),
                (
                    "paragraph",
                    "Avant de venir, rassemblez votre pièce d'identité, votre carte Vitale, votre RIB "
                    "et votre dernière attestation employeur. Si vous avez un CV, apportez-le sur une clé USB ou dans votre téléphone. "
                    "Comptez environ une heure.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une habitante scanne son attestation employeur avec son téléphone, aidée par un médiateur.",
                        "credit": "Malika H.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "À la maison, j'avais abandonné trois fois. Ici, en une heure, c'était fait, et j'avais compris chaque étape.",
                        "attribution": "Yasmina, 29 ans, habitante",
                    },
                ),
                (
                    "paragraph",
                    "Le PIMMS ne remplace pas votre conseiller. Mais il vous aide à faire le premier pas. "
                    "Pour l'accompagnement vers l'emploi, les médiateurs vous orientent vers les bons interlocuteurs, "
                    "comme la Mission locale pour les moins de 26 ans.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "balade-photo-murs-peints",
            "title": "Balade photo devant les murs peints",
            "chapo": (
                "Un samedi de septembre, des seniors et des enfants ont photographié ensemble les grandes fresques du quartier. "
                "Objectif : apprendre à se servir de l'appareil photo du téléphone."
            ),
            "rubrique": "culture",
            "tags": ["photo", "seniors", "enfants"],
            "authors": ["Mme Bernard (habitante)", "Djamila"],
            "date": "2026-09-10",
            "issue": 9,
            "body": [
                (
                    "paragraph",
                    "Les murs peints de la cité Tony Garnier, on passe devant tous les jours. "
                    "On finit par ne plus les voir. Cette balade voulait nous les faire regarder autrement, à travers l'écran du téléphone.",
                ),
                (
                    "paragraph",
                    "Chaque senior faisait équipe avec un enfant. Les enfants montraient comment zoomer et faire le point. "
                    "Les anciens racontaient comment le quartier était avant. Tout le monde y a gagné.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une grand-mère et un garçon photographient une grande fresque colorée sur un pignon d'immeuble.",
                        "credit": "Mme Bernard (habitante)",
                    },
                ),
                ("heading", "Une expo à venir"),
                (
                    "paragraph",
                    "Les plus belles photos seront imprimées et exposées dans le hall du PIMMS en novembre. "
                    "Chaque photo aura une légende écrite par le duo qui l'a prise.",
                ),
                (
                    "quote",
                    {
                        "text": "Le petit m'a appris à faire des photos. Moi, je lui ai appris le nom de l'architecte. On est quittes.",
                        "attribution": "Mme Bernard, habitante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "enfants-carte-du-quartier",
            "title": "Vacances : les enfants dessinent la carte du quartier",
            "chapo": (
                "En juillet, une quinzaine d'enfants ont fabriqué une carte du quartier sur l'ordinateur. "
                "Avec leurs endroits préférés, bien sûr."
            ),
            "rubrique": "jeunesse",
            "tags": ["enfants", "vacances", "ateliers"],
            "authors": ["Hugo R.", "Djamila"],
            "date": "2026-07-10",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Pendant deux semaines, des enfants de 8 à 12 ans se sont retrouvés chaque matin. "
                    "Avec une association du quartier, ils ont fait un grand projet : une carte des États-Unis vue par eux.",
                ),
                (
                    "paragraph",
                    "D'abord, ils ont marché dans le quartier, carnet à la main. Ils ont noté les endroits qu'ils aiment : "
                    "le parc, la boulangerie, le terrain de basket, l'arrêt du tram. "
                    "Ensuite, ils ont placé ces endroits sur une carte en ligne, avec une photo et une phrase.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des enfants penchés sur un écran où s'affiche la carte du quartier couverte d'étoiles colorées.",
                        "credit": "Hugo R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'ai mis une étoile sur la boulangerie, parce que la dame me donne toujours un bonbon.",
                        "attribution": "Adam, 9 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "impots-declaration-en-ligne",
            "title": "Déclaration d'impôts : on s'y met ensemble",
            "chapo": (
                "Chaque printemps, c'est la même inquiétude. "
                "Ce mois de mai, le PIMMS propose des créneaux pour déclarer ses revenus en ligne, pas à pas."
            ),
            "rubrique": "numerique",
            "tags": ["impôts", "démarches", "ordinateurs"],
            "authors": ["Thierry L."],
            "date": "2026-05-05",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Même quand on ne paie pas d'impôts, il faut faire sa déclaration. "
                    "Elle sert pour beaucoup d'autres aides, comme le logement ou la CAF. "
                    "Beaucoup de voisins l'ignorent, et le regrettent ensuite.",
                ),
                ("heading", "Apporter les bons papiers"),
                (
                    "paragraph",
                    "Venez avec votre numéro fiscal, votre mot de passe si vous en avez un, et votre téléphone portable. "
                    "Prenez aussi vos relevés de salaire ou d'allocations de l'année dernière.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un couple de retraités vérifie sa déclaration sur l'écran, les papiers rangés dans une pochette.",
                        "credit": "Thierry L.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'avais peur de faire une bêtise et d'avoir une amende. En fait, on peut corriger après. Ça m'a rassuré.",
                        "attribution": "Thierry L., habitant",
                    },
                ),
            ],
            "easy_read": [
                "Chaque année, on déclare ses revenus.",
                "C'est obligatoire, même sans salaire.",
                "Au PIMMS, on vous aide.",
                "Apportez vos papiers.",
                "Apportez votre téléphone.",
                "On peut corriger une erreur.",
            ],
        },
        {
            "slug": "histoire-partenaires-du-pimms",
            "title": "Eau, gaz, train, courrier : l'histoire des partenaires du PIMMS",
            "chapo": (
                "Pourquoi le PIMMS peut-il aider pour une facture d'eau comme pour un billet de train ? "
                "Parce qu'il est né d'une alliance entre des grandes entreprises et le quartier."
            ),
            "rubrique": "histoire",
            "tags": ["pimms", "factures", "mémoire"],
            "authors": ["Samia (médiatrice)", "Malika H."],
            "date": "2026-09-14",
            "issue": 9,
            "body": [
                (
                    "paragraph",
                    "Le PIMMS fonctionne comme une franchise sociale. Il suit les règles d'un réseau national, "
                    "l'Union nationale des PIMMS, tout en restant une association locale. "
                    "Son argent vient surtout des entreprises partenaires.",
                ),
                ("heading", "Qui étaient les partenaires ?"),
                (
                    "paragraph",
                    "En 2011, la liste était déjà longue : la SNCF, EDF, Veolia, GDF Suez, ERDF, La Poste et Keolis Lyon. "
                    "Depuis, certains noms ont changé. GDF Suez s'appelle aujourd'hui Engie, et ERDF est devenu Enedis. "
                    "Mais l'idée reste la même : un seul guichet de proximité pour les services essentiels.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des dépliants des entreprises partenaires rangés sur un présentoir, à l'entrée du PIMMS.",
                        "credit": "Malika H.",
                    },
                ),
                (
                    "paragraph",
                    "Pour les habitants, c'est simple : on n'a pas besoin de courir d'un bureau à l'autre. "
                    "Pour les entreprises, c'est utile aussi : les médiateurs expliquent et évitent que les petits soucis deviennent de gros problèmes.",
                ),
                (
                    "quote",
                    {
                        "text": "Avant, j'attendais des heures au téléphone. Ici, je parle à quelqu'un en vrai, à cinq minutes de chez moi.",
                        "attribution": "Tonton Rachid, habitant",
                    },
                ),
            ],
            "easy_read": None,
        },
    ],
}
