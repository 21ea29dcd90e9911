"""Demo content: La Lettre de Bellefontaine (Toulouse, Grand Mirail).

Pure data. All people are invented; organisations come from the 2011 study facts.
"""

GAZETTE = {
    "name": "La Lettre de Bellefontaine",
    "intro": (
        "Le journal des habitants de Bellefontaine, écrit avec vous et mis en page "
        "à la Cyber-base Quartier 31. Depuis février 2001, chacun peut y prendre la plume."
    ),
    "issues": [
        {
            "number": 76,
            "date": "2026-06-15",
            "title": "Le quartier bouge, on le raconte",
            "editorial": [
                "Ce numéro sent déjà l'été. Vous y trouverez des commerçants qui se lancent "
                "sur internet, des familles qui apprivoisent leur compte CAF et un comité de "
                "rédaction qui cherche de nouvelles plumes.",
                "Comme toujours, la Lettre est tirée à 1 600 exemplaires et distribuée dans "
                "les boîtes aux lettres. Si elle n'arrive pas chez vous, passez nous voir à "
                "Quartier 31 : il en reste toujours une pile à l'accueil.",
            ],
        },
        {
            "number": 77,
            "date": "2026-10-12",
            "title": "Rentrée : apprendre, chercher, se retrouver",
            "editorial": [
                "La rentrée est passée, les cartables ont repris du service et les ateliers "
                "aussi. Dans ce numéro, on parle d'emploi, de collégiens qui font du "
                "reportage et d'une personne que vous croisez tous sans connaître son nom.",
                "Merci aux habitants qui ont écrit, photographié ou simplement raconté. "
                "Sans vous, cette Lettre serait une page blanche.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "vingt-cinq-ans-de-lettre",
            "title": "La Lettre a 25 ans : joyeux anniversaire !",
            "chapo": (
                "Le premier numéro est sorti en février 2001. Vingt-cinq ans plus tard, "
                "la Lettre est toujours écrite par les gens du quartier."
            ),
            "rubrique": "histoire",
            "tags": ["gazette", "mémoire", "habitants"],
            "authors": ["Mme Garcia (habitante)", "Papi Jo"],
            "date": "2026-02-16",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "En février 2001, une poignée d'habitants s'est assise autour d'une "
                    "table chez Quartier 31. L'idée était simple : parler du quartier avec "
                    "nos mots à nous. Le premier numéro tenait sur une feuille pliée en deux.",
                ),
                ("heading", "Une équipe de six ou sept fidèles"),
                (
                    "paragraph",
                    "Depuis, la Lettre paraît sans relâche. Un petit noyau de six ou sept "
                    "rédacteurs réguliers la fait vivre. Mais la porte reste grande ouverte : "
                    "n'importe quel habitant peut proposer un texte, une photo ou une idée.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des anciens numéros de la Lettre étalés sur une table, "
                        "du premier, un peu jauni, au plus récent.",
                        "credit": "Léa T.",
                    },
                ),
                ("heading", "Le numéro des cent lettres"),
                (
                    "paragraph",
                    "Les plus anciens se souviennent d'un numéro pas comme les autres. "
                    "Une centaine d'habitants y avaient écrit une lettre ouverte aux élus "
                    "et au préfet. Chacun disait ce qu'il vivait et ce qu'il espérait pour "
                    "Bellefontaine.",
                ),
                (
                    "quote",
                    {
                        "text": "J'avais écrit trois lignes sur l'ascenseur en panne. "
                        "Quand je les ai vues imprimées, je me suis senti écouté.",
                        "attribution": "Papi Jo, habitant depuis 1978",
                    },
                ),
                (
                    "paragraph",
                    "Aujourd'hui, la Lettre est tirée à 1 600 exemplaires. Elle raconte la "
                    "vie des associations, les activités et les étapes de la rénovation du "
                    "quartier. Et elle compte bien continuer encore longtemps.",
                ),
            ],
            "easy_read": [
                "La Lettre de Bellefontaine a 25 ans.",
                "Le premier numéro date de février 2001.",
                "Ce sont les habitants qui écrivent la Lettre.",
                "Six ou sept personnes écrivent à chaque numéro.",
                "Vous aussi, vous pouvez écrire.",
                "La Lettre est imprimée en 1 600 exemplaires.",
            ],
        },
        {
            "slug": "comite-de-redaction-cherche-plumes",
            "title": "Le comité de rédaction cherche de nouvelles plumes",
            "chapo": (
                "Pas besoin d'être journaliste pour écrire dans la Lettre. "
                "On vous explique comment se passe une réunion de rédaction."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["gazette", "habitants", "écriture"],
            "authors": ["Yamina K."],
            "date": "2026-05-20",
            "issue": 76,
            "body": [
                (
                    "paragraph",
                    "Chaque mois, le comité de rédaction se réunit à Quartier 31, le jeudi "
                    "en fin d'après-midi. On boit un thé, on regarde ce qui s'est passé "
                    "dans le quartier et on se répartit les sujets.",
                ),
                ("heading", "Écrire, photographier ou raconter"),
                (
                    "paragraph",
                    "Vous n'aimez pas écrire ? Ce n'est pas grave. Vous pouvez raconter "
                    "votre histoire à voix haute et quelqu'un la met sur papier avec vous. "
                    "Vous pouvez aussi prendre des photos avec votre téléphone.",
                ),
                (
                    "paragraph",
                    "Ensuite, un animateur de la Cyber-base s'occupe de la mise en page. "
                    "Il vous montre le texte avant l'impression. Rien ne paraît sans "
                    "votre accord.",
                ),
                (
                    "photo",
                    {
                        "caption": "Autour de la grande table de Quartier 31, quatre "
                        "habitants relisent une page imprimée, stylo à la main.",
                        "credit": "Moussa D.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon français n'est pas parfait. Ici, personne ne se "
                        "moque. On corrige ensemble et on rigole beaucoup.",
                        "attribution": "Souad, 41 ans, habitante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "passeport-economie-numerique-commercants",
            "title": "Les commerçants du quartier se mettent au numérique",
            "chapo": (
                "Avec le Passeport pour l'économie numérique, des petites entreprises "
                "de Bellefontaine apprennent à se faire connaître sur internet."
            ),
            "rubrique": "numerique",
            "tags": ["commerces", "internet", "formation"],
            "authors": ["Sofiane M."],
            "date": "2026-05-28",
            "issue": 76,
            "body": [
                (
                    "paragraph",
                    "La coiffeuse de la place, le garagiste et le traiteur ont un point "
                    "commun ce printemps. Ils suivent tous les trois les modules du "
                    "Passeport pour l'économie numérique à la Cyber-base Quartier 31.",
                ),
                ("heading", "Des séances courtes et concrètes"),
                (
                    "paragraph",
                    "Les séances durent deux heures, en petit groupe. On apprend à créer "
                    "une fiche pour son commerce, à répondre aux avis des clients et à "
                    "envoyer un devis par courriel. Chacun vient avec ses propres questions.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un commerçant en tablier photographie sa vitrine avec "
                        "son téléphone, guidé par un animateur.",
                        "credit": "Sofiane M.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Avant, mes clients m'appelaient pour connaître mes "
                        "horaires. Maintenant, ils les trouvent en deux secondes.",
                        "attribution": "Rachida, traiteur du quartier",
                    },
                ),
                (
                    "paragraph",
                    "Vous avez une petite entreprise dans le quartier ? Les prochains "
                    "modules commencent après l'été. Inscriptions à l'accueil de "
                    "Quartier 31.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "mon-compte-caf-sans-stress",
            "title": "Mon compte CAF, sans stress",
            "chapo": (
                "Le centre social et la Cyber-base organisent des matinées pour faire "
                "ses démarches CAF en ligne, pas à pas."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["caf", "démarches en ligne", "familles"],
            "authors": ["Chantal R.", "Yamina K."],
            "date": "2026-06-04",
            "issue": 76,
            "body": [
                (
                    "paragraph",
                    "Mot de passe oublié, document à envoyer, déclaration trimestrielle : "
                    "le site de la CAF fait parfois peur. Le mardi matin, le centre social "
                    "et la Cyber-base Quartier 31 vous aident à y voir clair.",
                ),
                ("heading", "Comment ça se passe ?"),
                (
                    "paragraph",
                    "Vous venez avec votre numéro d'allocataire et vos papiers. Un "
                    "animateur s'assoit à côté de vous. C'est vous qui tenez la souris : "
                    "le but est que vous sachiez le refaire seul à la maison.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une mère de famille et une animatrice devant un écran, "
                        "un dossier de papiers ouvert sur la table.",
                        "credit": "Léa T.",
                    },
                ),
                (
                    "paragraph",
                    "Pensez à apporter votre téléphone portable. Le site envoie souvent un "
                    "code par SMS. Et si vous avez scanné vos documents avec votre "
                    "téléphone, c'est encore plus rapide.",
                ),
                (
                    "quote",
                    {
                        "text": "J'ai enfin compris où cliquer pour envoyer mes "
                        "justificatifs. Je repars avec une feuille qui explique tout.",
                        "attribution": "Mariam, 29 ans, maman de deux enfants",
                    },
                ),
            ],
            "easy_read": [
                "Le site de la CAF est parfois difficile.",
                "Le mardi matin, on vous aide.",
                "C'est au centre social et à la Cyber-base.",
                "Apportez votre numéro d'allocataire.",
                "Apportez aussi votre téléphone.",
                "Un animateur reste à côté de vous.",
                "C'est gratuit.",
            ],
        },
        {
            "slug": "regie-de-quartier-courriel",
            "title": "À la Régie de quartier, chacun a son adresse courriel",
            "chapo": (
                "Les salariés de la Régie de quartier ont passé quelques après-midi à la "
                "Cyber-base. Objectif : ne plus dépendre des autres pour lire ses messages."
            ),
            "rubrique": "associations",
            "tags": ["régie de quartier", "internet", "formation"],
            "authors": ["Moussa D."],
            "date": "2026-04-09",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "La Régie de quartier, ce sont les équipes qui entretiennent les espaces "
                    "verts et les halls. Beaucoup d'entre eux reçoivent désormais leurs "
                    "fiches de paie et leurs plannings par internet.",
                ),
                (
                    "paragraph",
                    "Alors la Régie et la Cyber-base Quartier 31 ont monté des ateliers sur "
                    "mesure. On y crée son adresse, on apprend à ouvrir une pièce jointe et "
                    "à ranger ses documents dans un dossier.",
                ),
                (
                    "photo",
                    {
                        "caption": "Trois salariés de la Régie, en gilet orange, rient "
                        "devant un ordinateur portable.",
                        "credit": "Chantal R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon fils m'aidait pour tout. Maintenant, c'est moi qui "
                        "lui montre mes fiches de paie sur le téléphone.",
                        "attribution": "Abdelkader, agent de la Régie",
                    },
                ),
                (
                    "paragraph",
                    "Une autre session est prévue à l'automne. Les salariés qui veulent y "
                    "participer peuvent en parler à leur encadrant.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "atelier-emploi-mission-locale-plie",
            "title": "Chercher du travail : on ne lâche rien",
            "chapo": (
                "Chaque jeudi, la Cyber-base reçoit des demandeurs d'emploi envoyés par "
                "la Mission locale de Toulouse et le PLIE. Reportage."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "cv", "mission locale"],
            "authors": ["Sofiane M.", "Léa T."],
            "date": "2026-09-24",
            "issue": 77,
            "body": [
                (
                    "paragraph",
                    "Il est 9 heures et il y a déjà du monde. À la Cyber-base Quartier 31, "
                    "un des deux animateurs s'occupe surtout de la recherche d'emploi. Ce "
                    "jeudi, six personnes sont là pour refaire leur CV.",
                ),
                ("heading", "Un réseau de partenaires"),
                (
                    "paragraph",
                    "Les participants arrivent par la Mission locale de Toulouse pour les "
                    "jeunes, par le PLIE pour les adultes, ou par la Maison commune emploi "
                    "formation. Les conseillers suivent le parcours. La Cyber-base, elle, "
                    "apporte les ordinateurs et le coup de main.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un jeune homme imprime son CV tout neuf et le montre "
                        "fièrement à l'animateur.",
                        "credit": "Léa T.",
                    },
                ),
                ("heading", "Un CV, une lettre, un espace en ligne"),
                (
                    "paragraph",
                    "On apprend à mettre son CV sur une clé USB et dans sa boîte mail. On "
                    "répond à une offre en ligne. On prépare aussi les questions d'un "
                    "entretien, à deux, pour se rassurer.",
                ),
                (
                    "quote",
                    {
                        "text": "Seule chez moi, je n'y arrivais pas. Ici, je me lève le "
                        "jeudi avec un but.",
                        "attribution": "Nour, 23 ans, habitante de la Reynerie",
                    },
                ),
            ],
            "easy_read": [
                "Vous cherchez du travail ?",
                "Venez le jeudi matin à la Cyber-base.",
                "On vous aide à faire votre CV.",
                "On vous aide à répondre aux offres sur internet.",
                "La Mission locale aide les jeunes.",
                "Le PLIE aide les adultes.",
            ],
        },
        {
            "slug": "segpa-reporters-college",
            "title": "Les élèves de SEGPA deviennent reporters",
            "chapo": (
                "Une classe de SEGPA du collège a passé plusieurs semaines à la "
                "Cyber-base. Résultat : un reportage photo sur le quartier."
            ),
            "rubrique": "jeunesse",
            "tags": ["collège", "photo", "jeunes"],
            "authors": ["Papi Jo"],
            "date": "2026-10-01",
            "issue": 77,
            "body": [
                (
                    "paragraph",
                    "La SEGPA, c'est une section du collège où les classes sont plus "
                    "petites. Les élèves y apprennent autrement, avec beaucoup de pratique. "
                    "Cette année, une classe vient chaque semaine à la Cyber-base Quartier 31.",
                ),
                (
                    "paragraph",
                    "Leur mission : photographier les lieux qu'ils aiment à Bellefontaine "
                    "et écrire une légende pour chaque photo. Ils ont choisi le terrain de "
                    "foot, la boulangerie et le banc devant le centre social.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des collégiens cadrent une photo du terrain de foot, "
                        "accroupis dans l'herbe.",
                        "credit": "Ilyès B.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "On a appris à faire une photo sans contre-jour. Et à "
                        "écrire sans fautes, enfin presque.",
                        "attribution": "Ilyès, 14 ans, collégien",
                    },
                ),
                (
                    "paragraph",
                    "Leurs meilleures images seront publiées dans le prochain numéro de la "
                    "Lettre. Une petite exposition est aussi prévue au centre de loisirs du "
                    "collège.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "portrait-accueil-quartier-31",
            "title": "Karima, le premier sourire de Quartier 31",
            "chapo": (
                "Vous l'avez tous vue derrière le comptoir de l'accueil. Mais connaissez-vous "
                "son histoire ?"
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "habitants"],
            "authors": ["Mme Garcia (habitante)"],
            "date": "2026-09-30",
            "issue": 77,
            "body": [
                (
                    "paragraph",
                    "Karima est à l'accueil de Quartier 31. C'est elle qui répond au "
                    "téléphone, qui inscrit aux ateliers et qui sait où se trouve chaque "
                    "papier. Elle connaît aussi le prénom de presque tous les enfants.",
                ),
                ("heading", "Une enfant du quartier"),
                (
                    "paragraph",
                    "Elle a grandi à deux rues d'ici. Adolescente, elle venait au Point "
                    "Information Jeunesse pour chercher des jobs d'été. Aujourd'hui, c'est "
                    "elle qui oriente les jeunes.",
                ),
                (
                    "photo",
                    {
                        "caption": "Karima derrière le comptoir de l'accueil, entourée de "
                        "prospectus colorés.",
                        "credit": "Moussa D.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Les gens viennent pour un ordinateur. Souvent, ils "
                        "repartent avec une réponse à une autre question.",
                        "attribution": "Karima, à l'accueil de Quartier 31",
                    },
                ),
                (
                    "paragraph",
                    "Son conseil pour les nouveaux venus ? Poser toutes les questions, même "
                    "celles qui paraissent bêtes. Elle promet de ne jamais rire.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "film-image-par-image-centre-de-loisirs",
            "title": "Cet été, les enfants ont tourné un film image par image",
            "chapo": (
                "Au centre de loisirs du collège, une douzaine d'enfants ont créé un petit "
                "film avec de la pâte à modeler et une tablette."
            ),
            "rubrique": "culture",
            "tags": ["enfants", "vacances", "vidéo"],
            "authors": ["Léa T.", "Chantal R."],
            "date": "2026-07-22",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Pendant trois semaines de juillet, un animateur de la Cyber-base a "
                    "rejoint le centre de loisirs du collège. Avec lui, les enfants ont "
                    "découvert le film image par image.",
                ),
                (
                    "paragraph",
                    "Le principe est simple. On bouge un personnage d'un millimètre, on "
                    "prend une photo, et on recommence. Il faut beaucoup de patience : "
                    "trois cents photos pour une minute de film !",
                ),
                (
                    "photo",
                    {
                        "caption": "Des personnages en pâte à modeler posés sur un décor "
                        "en carton qui représente les immeubles du quartier.",
                        "credit": "Chantal R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon personnage, c'est un chat qui cherche sa maison dans "
                        "Bellefontaine. À la fin, il la trouve.",
                        "attribution": "Inaya, 9 ans",
                    },
                ),
                (
                    "paragraph",
                    "Le film a été projeté aux parents le dernier vendredi du centre. "
                    "Il y a eu des applaudissements et quelques larmes.",
                ),
            ],
            "easy_read": None,
        },
    ],
}
