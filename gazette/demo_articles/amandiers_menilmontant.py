"""Demo content: La Feuille des Amandiers (Paris 20e, Amandiers / Ménilmontant).

Pure data. All people are invented; organisations come from the 2011 study facts.
"""

GAZETTE = {
    "name": "La Feuille des Amandiers",
    "intro": (
        "Une petite feuille de nouvelles écrite par les habitants des Amandiers et de "
        "Ménilmontant, avec l'espace informatique du Relais Ménilmontant."
    ),
    "issues": [
        {
            "number": 23,
            "date": "2026-06-18",
            "title": "Apprendre ensemble, et dans la bonne humeur",
            "editorial": [
                "À l'espace informatique du Relais, on apprend, mais on ne s'ennuie pas. "
                "Ce numéro vous fait entrer dans un atelier, du premier rendez-vous "
                "jusqu'au dernier café.",
                "Vous y lirez aussi les textes de personnes qui apprennent le français. "
                "Pour beaucoup, c'est la première fois qu'elles sont publiées. Lisez-les "
                "avec le sourire : elles le méritent.",
            ],
        },
        {
            "number": 24,
            "date": "2026-10-15",
            "title": "Chacun son chemin, du collège à la retraite",
            "editorial": [
                "Un collégien qui cherche un stage, une maman qui cherche un emploi, une "
                "grand-mère qui range ses photos : à chaque âge ses questions.",
                "L'espace informatique est là pour toutes. La porte est au rez-de-chaussée, "
                "elle est ouverte.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "pourquoi-on-dit-espace-informatique",
            "title": "Pourquoi on dit « espace informatique »",
            "chapo": (
                "En 2011, les usagers du Relais se sont réunis pour imaginer leur lieu "
                "idéal. Ils ont aussi donné leur avis sur son nom."
            ),
            "rubrique": "histoire",
            "tags": ["relais ménilmontant", "habitants"],
            "authors": ["Bernard (bénévole)"],
            "date": "2026-03-12",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Retour en arrière. Au printemps 2011, en mars puis en avril, les "
                    "habitants qui venaient aux ateliers se sont retrouvés deux fois autour "
                    "d'une table. La question était simple : à quoi ressemblerait votre "
                    "lieu idéal ?",
                ),
                ("heading", "Apprendre, et être bien ensemble"),
                (
                    "paragraph",
                    "Deux mots sont revenus sans cesse. Le premier : apprendre. Le second : "
                    "la convivialité. Les gens voulaient progresser, mais aussi se sentir "
                    "accueillis, rire et boire un café entre deux exercices.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une vieille photo un peu floue : une dizaine de personnes "
                        "assises en cercle dans la salle du Relais.",
                        "credit": "Bernard (bénévole)",
                    },
                ),
                ("heading", "Un nom qui parle à tout le monde"),
                (
                    "paragraph",
                    "Le nom officiel du lieu était un sigle de trois lettres. Personne ne "
                    "savait ce qu'il voulait dire. Les participants ont demandé un nom avec "
                    "le mot « informatique » dedans, parce que ça, tout le monde comprend.",
                ),
                (
                    "quote",
                    {
                        "text": "On ne va pas chez un sigle. On va à l'informatique, c'est tout.",
                        "attribution": "Mme Nguyen, fidèle des ateliers",
                    },
                ),
                (
                    "paragraph",
                    "Depuis, ici, on dit « l'espace informatique du Relais ». Quinze ans "
                    "plus tard, la règle tient toujours : des mots simples, et une "
                    "bouilloire toujours pleine.",
                ),
            ],
            "easy_read": [
                "En 2011, les habitants se sont réunis.",
                "Ils ont parlé de leur lieu idéal.",
                "Ils voulaient apprendre.",
                "Ils voulaient aussi être bien ensemble.",
                "Ils n'aimaient pas le sigle du lieu.",
                "Maintenant, on dit : espace informatique.",
            ],
        },
        {
            "slug": "premier-rendez-vous-atelier",
            "title": "Le premier rendez-vous : on parle d'abord de vous",
            "chapo": (
                "Avant chaque session d'ateliers, l'animateur prend le temps d'un "
                "entretien avec chaque personne. Et à la fin, c'est vous qui donnez "
                "votre avis."
            ),
            "rubrique": "numerique",
            "tags": ["débutants", "relais ménilmontant"],
            "authors": ["Lucie V."],
            "date": "2026-05-14",
            "issue": 23,
            "body": [
                (
                    "paragraph",
                    "Vous voulez apprendre l'ordinateur ? À l'espace informatique du Relais "
                    "Ménilmontant, tout commence par une discussion. L'animateur vous reçoit "
                    "seul à seul, une vingtaine de minutes.",
                ),
                ("heading", "Pourquoi cet entretien ?"),
                (
                    "paragraph",
                    "Il veut savoir ce que vous savez déjà et ce que vous voulez faire. "
                    "Écrire à votre famille ? Faire vos papiers ? Chercher un emploi ? "
                    "Selon vos réponses, il vous propose le bon groupe.",
                ),
                (
                    "photo",
                    {
                        "caption": "Deux chaises face à face près de la fenêtre, un carnet "
                        "ouvert et deux tasses de thé.",
                        "credit": "Ousmane K.",
                    },
                ),
                ("heading", "À la fin, c'est vous qui notez"),
                (
                    "paragraph",
                    "Le dernier jour de chaque cycle, le groupe fait le bilan. Qu'est-ce qui "
                    "était utile ? Qu'est-ce qui était trop rapide ? Vos remarques servent "
                    "à préparer la session suivante.",
                ),
                (
                    "quote",
                    {
                        "text": "J'ai dit que les mots de passe, c'était trop dur. La fois "
                        "d'après, il y avait un atelier rien que là-dessus.",
                        "attribution": "Tonton Samir, élève appliqué",
                    },
                ),
            ],
            "easy_read": [
                "Vous voulez apprendre l'ordinateur ?",
                "D'abord, vous parlez avec l'animateur.",
                "Il vous demande ce que vous voulez faire.",
                "Ensuite, vous allez dans un groupe.",
                "À la fin, vous donnez votre avis.",
            ],
        },
        {
            "slug": "benevoles-espace-informatique",
            "title": "Ils donnent leur temps : les bénévoles du Relais",
            "chapo": (
                "Un animateur, jusqu'à six bénévoles : c'est l'équipe de l'espace "
                "informatique. Rencontre avec ceux qu'on appelle « les renforts »."
            ),
            "rubrique": "portraits",
            "tags": ["bénévoles", "portrait", "débutants"],
            "authors": ["Aïcha M."],
            "date": "2026-05-28",
            "issue": 23,
            "body": [
                (
                    "paragraph",
                    "L'espace informatique du Relais n'a qu'un seul animateur salarié. Son "
                    "poste est financé par la Ville de Paris. Mais autour de lui, jusqu'à "
                    "six bénévoles viennent aider selon les semaines.",
                ),
                (
                    "paragraph",
                    "Bernard est retraité de la SNCF. Il vient le lundi et le jeudi. Sa "
                    "spécialité : les débutants complets, ceux qui n'ont jamais touché une "
                    "souris. Il a une patience d'ange et des blagues un peu usées.",
                ),
                (
                    "photo",
                    {
                        "caption": "Bernard, cheveux blancs et gilet bleu, pose sa main à "
                        "côté de celle d'une élève sur la souris.",
                        "credit": "Claire D.",
                    },
                ),
                (
                    "paragraph",
                    "Il y a aussi Claire, étudiante, qui vient le samedi. Et Ousmane, qui a "
                    "appris ici il y a trois ans et qui aide maintenant les autres. Chacun "
                    "apporte ce qu'il sait.",
                ),
                (
                    "quote",
                    {
                        "text": "J'ai été aidé, alors j'aide à mon tour. C'est normal, non ?",
                        "attribution": "Ousmane K., ancien élève devenu bénévole",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "caf-en-ligne-familles-assfam",
            "title": "Démarches CAF : les familles ne sont plus seules",
            "chapo": (
                "Avec l'ASSFAM et les autres secteurs du centre social, l'espace "
                "informatique accompagne les familles dans leurs démarches en ligne."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["caf", "démarches en ligne", "familles"],
            "authors": ["Mme Nguyen (habitante)", "Aïcha M."],
            "date": "2026-06-05",
            "issue": 23,
            "body": [
                (
                    "paragraph",
                    "Beaucoup de familles du quartier ont besoin de la CAF. Mais tout se fait "
                    "maintenant sur internet. Quand on lit mal le français ou qu'on n'a pas "
                    "d'ordinateur, c'est un vrai mur.",
                ),
                (
                    "paragraph",
                    "Les travailleuses sociales de l'ASSFAM et du centre social envoient les "
                    "familles vers l'espace informatique. Là, on crée son compte, on "
                    "apprend à déclarer ses ressources et à envoyer un document.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une maman, son bébé sur les genoux, scanne un papier "
                        "avec son téléphone sous le regard d'une bénévole.",
                        "credit": "Lucie V.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Avant, je payais un voisin pour remplir mes papiers. "
                        "Maintenant, je le fais moi-même.",
                        "attribution": "Mme Diallo, maman de trois enfants",
                    },
                ),
                (
                    "paragraph",
                    "Un conseil : notez vos mots de passe dans un petit carnet, rangé à la "
                    "maison. Le jour où vous les oubliez, vous gagnez une heure.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "ecrire-dans-la-feuille-en-apprenant-le-francais",
            "title": "« Mon texte est imprimé ! »",
            "chapo": (
                "Des participantes des ateliers de français du centre social écrivent "
                "dans la Feuille. Pour elles, c'est une grande fierté."
            ),
            "rubrique": "associations",
            "tags": ["français", "gazette", "habitants"],
            "authors": ["Claire D.", "Lucie V."],
            "date": "2026-06-10",
            "issue": 23,
            "body": [
                (
                    "paragraph",
                    "Au centre social, on apprend aussi le français. Depuis l'hiver, les "
                    "élèves de l'atelier du mardi tapent leurs textes à l'espace "
                    "informatique. Le meilleur de chaque mois est publié ici.",
                ),
                (
                    "paragraph",
                    "Écrire, quand on apprend une langue, c'est difficile. Voir son texte "
                    "imprimé, avec son prénom en bas, ça donne du courage. Certaines ont "
                    "demandé dix exemplaires pour toute la famille.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une femme montre, en souriant, un exemplaire de la "
                        "Feuille ouvert à la page de son texte.",
                        "credit": "Claire D.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je suis arrivée en France sans lire. Aujourd'hui, mon "
                        "texte sur ma rue est dans le journal.",
                        "attribution": "Fatoumata, 46 ans, élève de l'atelier",
                    },
                ),
                (
                    "paragraph",
                    "Ce mois-ci, Fatoumata raconte le marché de la rue de Ménilmontant. Son "
                    "texte est en page quatre. Bonne lecture !",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "fete-du-relais-mur-de-photos",
            "title": "Fête du Relais : un mur de photos d'hier et d'aujourd'hui",
            "chapo": (
                "Pour la fête de fin d'année, l'espace informatique a scanné les vieilles "
                "photos des habitants. Tout le monde cherchait sa rue."
            ),
            "rubrique": "culture",
            "tags": ["fête", "photo", "habitants", "bénévoles"],
            "authors": ["Tonton Samir", "Ousmane K."],
            "date": "2026-06-26",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Pendant un mois, les habitants ont apporté leurs photos de famille. "
                    "L'animateur et les bénévoles les ont scannées, puis rendues le jour "
                    "même. Personne n'a perdu un seul souvenir.",
                ),
                (
                    "paragraph",
                    "Le jour de la fête, une centaine de photos étaient affichées sur un "
                    "grand mur. Des mariages, des rentrées d'école, des rues qui n'existent "
                    "plus. À côté, des photos prises cette année aux mêmes endroits.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des habitants de tous âges pointent du doigt des photos "
                        "noir et blanc accrochées sur un grand panneau.",
                        "credit": "Ousmane K.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Là, c'est moi à six ans devant la boulangerie. Elle est "
                        "devenue une laverie !",
                        "attribution": "M. Haddad, habitant",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "trouver-son-stage-de-troisieme",
            "title": "Stage de troisième : la chasse est ouverte",
            "chapo": (
                "Les collégiens doivent trouver un stage d'une semaine. L'espace "
                "informatique les aide à écrire leur première lettre."
            ),
            "rubrique": "jeunesse",
            "tags": ["jeunes", "emploi", "collège"],
            "authors": ["Lucie V."],
            "date": "2026-09-17",
            "issue": 24,
            "body": [
                (
                    "paragraph",
                    "Tous les élèves de troisième doivent faire un stage d'observation. "
                    "Quand on ne connaît personne dans les entreprises, c'est compliqué. "
                    "Alors on commence tôt.",
                ),
                (
                    "paragraph",
                    "Le mercredi après-midi, l'espace informatique accueille les "
                    "collégiens. Ils écrivent une lettre de motivation, créent une adresse "
                    "courriel sérieuse et font une liste de commerces à contacter.",
                ),
                (
                    "photo",
                    {
                        "caption": "Trois collégiens, sac sur le dos, relisent une lettre "
                        "imprimée à la sortie de l'imprimante.",
                        "credit": "Aïcha M.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon adresse, c'était « bogoss75 ». L'animateur m'a dit "
                        "de changer. Il avait raison.",
                        "attribution": "Rayan, 14 ans",
                    },
                ),
                (
                    "paragraph",
                    "Vous êtes commerçant ou artisan dans le quartier ? Vous pouvez accueillir "
                    "un stagiaire. Laissez vos coordonnées à l'accueil du Relais.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "atelier-cv-forum-emploi-mairie",
            "title": "Un CV tout neuf avant le forum de l'emploi",
            "chapo": (
                "Avant le forum de l'emploi de la mairie du 20e, l'espace informatique "
                "a organisé trois matinées pour préparer son CV."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "cv"],
            "authors": ["Aïcha M.", "Bernard (bénévole)"],
            "date": "2026-09-29",
            "issue": 24,
            "body": [
                (
                    "paragraph",
                    "Chaque automne, la mairie du 20e organise un forum pour rencontrer des "
                    "employeurs. Y aller sans CV, c'est dommage. Y aller avec un vieux CV "
                    "mal imprimé, aussi.",
                ),
                ("heading", "Trois matinées, trois étapes"),
                (
                    "paragraph",
                    "Première matinée : on fait la liste de tout ce qu'on sait faire, même "
                    "sans diplôme. Deuxième matinée : on tape le CV. Troisième matinée : on "
                    "s'entraîne à se présenter en une minute.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une pile de CV fraîchement imprimés, à côté d'une boîte "
                        "de trombones et d'un café.",
                        "credit": "Bernard (bénévole)",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'ai gardé des enfants pendant dix ans. Je ne savais pas "
                        "que ça comptait. Maintenant, c'est sur mon CV.",
                        "attribution": "Sabah, 38 ans, habitante",
                    },
                ),
            ],
            "easy_read": [
                "Il y a un forum de l'emploi à la mairie du 20e.",
                "Pour y aller, il faut un CV.",
                "L'espace informatique vous aide.",
                "Il y a trois matinées.",
                "Vous écrivez tout ce que vous savez faire.",
                "Vous repartez avec votre CV imprimé.",
            ],
        },
        {
            "slug": "seniors-ranger-ses-photos",
            "title": "Les aînés rangent leurs photos… sur la tablette",
            "chapo": (
                "Un petit groupe de retraités se retrouve le vendredi. Au programme : "
                "trier, ranger et partager ses photos."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["seniors", "photo", "familles"],
            "authors": ["Mme Nguyen (habitante)"],
            "date": "2026-10-05",
            "issue": 24,
            "body": [
                (
                    "paragraph",
                    "Les petits-enfants envoient des photos tous les jours. Au bout d'un an, "
                    "le téléphone est plein et on ne retrouve plus rien. Le groupe du "
                    "vendredi s'est attaqué au problème.",
                ),
                (
                    "paragraph",
                    "On apprend à créer des albums, à effacer les doublons et à garder une "
                    "copie de ses photos préférées. Le rythme est doux. On répète autant "
                    "de fois qu'il faut.",
                ),
                (
                    "photo",
                    {
                        "caption": "Quatre retraités autour d'une table, chacun sa tablette, "
                        "comparent leurs albums de photos.",
                        "credit": "Mme Nguyen (habitante)",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'ai fait un album par petit-enfant. Comme ça, pas de jaloux !",
                        "attribution": "Mme Rosa, 79 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
    ],
}
