"""Demo content: L'Écho du Vallon (Grigny, Rhône, Vallon Jayon).

Pure data. All people are invented; organisations come from the 2011 study facts.
"""

GAZETTE = {
    "name": "L'Écho du Vallon",
    "intro": (
        "Les nouvelles du Vallon Jayon, racontées par ses habitants avec l'équipe de "
        "La M@ison de Grigny. Ce qui se passe ici, on le fait résonner."
    ),
    "issues": [
        {
            "number": 14,
            "date": "2026-06-08",
            "title": "Des ordinateurs pour tous",
            "editorial": [
                "Un ordinateur qui dormait dans un placard peut changer la vie d'une "
                "famille. Ce numéro raconte comment de vieilles machines trouvent une "
                "seconde vie dans le quartier.",
                "Vous lirez aussi comment des habitants ont testé le nouveau site de la "
                "mairie. Leurs remarques ont été entendues. Comme quoi, ça vaut le coup "
                "de donner son avis.",
            ],
        },
        {
            "number": 15,
            "date": "2026-10-05",
            "title": "Parents, jeunes, travailleurs : la rentrée de tous",
            "editorial": [
                "La rentrée au Vallon, c'est le cartable, mais aussi les formations et la "
                "recherche d'emploi. Dans le même bâtiment que La M@ison de Grigny, on "
                "trouve la Mission locale et le GRETA. Pratique !",
            ],
        },
    ],
    "articles": [
        {
            "slug": "portail-citoyen-ce-qu-on-a-appris",
            "title": "Le portail citoyen : ce qu'on a appris",
            "chapo": (
                "Il y a quelques années, un grand portail en ligne devait faire parler les "
                "habitants. Il n'a pas pris. Retour sur une leçon utile."
            ),
            "rubrique": "histoire",
            "tags": ["histoire", "internet", "habitants"],
            "authors": ["Tonton Mustapha"],
            "date": "2026-02-18",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "La M@ison de Grigny a ouvert ses portes en 2007. Parmi ses premiers "
                    "projets, il y avait un portail citoyen : un site où chacun pourrait "
                    "débattre et proposer des idées pour la ville.",
                ),
                ("heading", "Un site resté vide"),
                (
                    "paragraph",
                    "Sur le papier, c'était une belle idée. Mais les habitants ne s'en sont "
                    "pas emparés. Peu de messages, peu de visites. Un site comme celui-là "
                    "doit être nourri tous les jours, et personne n'avait ce temps.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une capture d'écran jaunie, imprimée et punaisée au mur, "
                        "montre l'ancienne page d'accueil du portail.",
                        "credit": "Dédé (habitant)",
                    },
                ),
                ("heading", "Ce qui marche mieux"),
                (
                    "paragraph",
                    "Ce que les gens cherchent, ce sont des informations pratiques. Qui "
                    "contacter, à quelle heure, pour quoi faire. C'est pour cela que l'Écho "
                    "parle surtout des lieux et des personnes qui font vivre le Vallon.",
                ),
                (
                    "quote",
                    {
                        "text": "Je n'ai jamais écrit sur le portail. Mais je lis l'Écho "
                        "tous les mois, pour savoir ce qui se passe chez moi.",
                        "attribution": "Tonton Mustapha, habitant du Vallon",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "ordinateurs-reconditionnes-seconde-vie",
            "title": "De vieux ordinateurs pour de nouvelles familles",
            "chapo": (
                "La M@ison de Grigny a été pôle régional Ordi 2.0 pour les ordinateurs "
                "reconditionnés. Elle continue à redonner vie aux vieilles machines."
            ),
            "rubrique": "numerique",
            "tags": ["ordinateurs reconditionnés", "familles", "recyclage"],
            "authors": ["Yanis T.", "Sonia G."],
            "date": "2026-05-12",
            "issue": 14,
            "body": [
                (
                    "paragraph",
                    "Les entreprises et les administrations changent souvent d'ordinateurs. "
                    "Les anciens marchent encore très bien. Plutôt que de les jeter, on "
                    "les nettoie, on les répare et on installe des logiciels neufs.",
                ),
                ("heading", "Qui en profite ?"),
                (
                    "paragraph",
                    "Des familles du Vallon, des étudiants, des associations. Souvent, ce "
                    "sont des personnes orientées par un travailleur social. Avec "
                    "l'ordinateur, on propose une petite formation pour bien démarrer.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une rangée d'ordinateurs portables remis à neuf, "
                        "étiquetés et prêts à partir, sur une étagère.",
                        "credit": "Yanis T.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mes deux filles faisaient leurs devoirs sur mon "
                        "téléphone. Maintenant, elles ont un vrai ordinateur.",
                        "attribution": "Nadia, maman au Vallon Jayon",
                    },
                ),
                (
                    "paragraph",
                    "Vous avez un ordinateur qui ne sert plus ? Vous pouvez le déposer à "
                    "La M@ison de Grigny. Pensez juste à récupérer vos photos et vos "
                    "documents avant.",
                ),
            ],
            "easy_read": [
                "Certains ordinateurs sont vieux mais marchent encore.",
                "On les répare.",
                "On les donne à des familles du quartier.",
                "La M@ison de Grigny s'en occupe.",
                "Vous avez un vieil ordinateur ?",
                "Vous pouvez le donner.",
            ],
        },
        {
            "slug": "tester-le-site-de-la-mairie",
            "title": "Des habitants testent le nouveau site de la mairie",
            "chapo": (
                "Avant sa mise en ligne, le nouveau site de la Ville de Grigny a été testé "
                "par les habitants de La M@ison de Grigny. Ils ont trouvé des pièges."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["mairie", "démarches en ligne", "habitants"],
            "authors": ["Mme Perrin (habitante)", "Leïla B."],
            "date": "2026-04-20",
            "issue": 14,
            "body": [
                (
                    "paragraph",
                    "Qui mieux qu'un débutant pour savoir si un site est simple ? C'est "
                    "l'idée de ces séances de test. Huit habitants, peu à l'aise avec "
                    "internet, ont essayé le futur site de la Ville de Grigny.",
                ),
                (
                    "paragraph",
                    "Leur mission : trouver les horaires de la mairie, inscrire un enfant à "
                    "la cantine et signaler un lampadaire cassé. Un animateur observait, "
                    "sans aider, et notait chaque hésitation.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une habitante fronce les sourcils devant un formulaire, "
                        "pendant qu'un animateur prend des notes derrière elle.",
                        "credit": "Leïla B.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Le bouton pour valider était tout en bas, en gris clair. "
                        "Je ne l'ai jamais vu. Maintenant, il est vert !",
                        "attribution": "Mme Perrin, 66 ans, testeuse",
                    },
                ),
                (
                    "paragraph",
                    "La liste des remarques a été envoyée à la mairie. Plusieurs changements "
                    "ont été faits avant l'ouverture du site. Les testeurs ont été invités "
                    "à la présentation officielle.",
                ),
            ],
            "easy_read": [
                "La mairie a un nouveau site internet.",
                "Des habitants l'ont essayé avant tout le monde.",
                "Ils ont trouvé des choses difficiles.",
                "Ils l'ont dit à la mairie.",
                "La mairie a changé le site.",
            ],
        },
        {
            "slug": "collegiens-reseaux-sociaux",
            "title": "Réseaux sociaux : les collégiens posent leurs questions",
            "chapo": (
                "Des animateurs de La M@ison de Grigny interviennent dans les collèges. "
                "On y parle d'écrans, d'amitié en ligne et de respect."
            ),
            "rubrique": "jeunesse",
            "tags": ["collège", "réseaux sociaux", "jeunes"],
            "authors": ["Camille R."],
            "date": "2026-05-27",
            "issue": 14,
            "body": [
                (
                    "paragraph",
                    "Les élèves de cinquième ont presque tous un téléphone. Ils passent du "
                    "temps sur les réseaux sociaux, parfois tard le soir. Les collèges ont "
                    "demandé des ateliers pour en parler sans faire la morale.",
                ),
                (
                    "paragraph",
                    "Pendant deux heures, les élèves discutent en petits groupes. Que faire "
                    "si on reçoit un message méchant ? Peut-on publier la photo d'un copain "
                    "sans lui demander ? Les réponses viennent souvent des élèves eux-mêmes.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une salle de classe où des collégiens, assis en cercle, "
                        "lèvent la main pour prendre la parole.",
                        "credit": "Camille R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'ai compris qu'une photo postée, c'est pour toujours. "
                        "J'en ai supprimé plein en rentrant.",
                        "attribution": "Assia, 12 ans, collégienne",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "associations-de-solidarite-numerique",
            "title": "Les associations de solidarité passent au numérique",
            "chapo": (
                "Colis alimentaires, vêtements, aide aux papiers : les associations de "
                "solidarité du secteur se forment aux outils en ligne."
            ),
            "rubrique": "associations",
            "tags": ["associations", "bénévoles", "solidarité"],
            "authors": ["Sonia G."],
            "date": "2026-06-01",
            "issue": 14,
            "body": [
                (
                    "paragraph",
                    "Les associations de solidarité de Grigny et de Givors font un travail "
                    "énorme avec peu de moyens. Leurs bénévoles passent des heures sur des "
                    "tableaux, des listes et des formulaires.",
                ),
                (
                    "paragraph",
                    "La M@ison de Grigny est centre de ressources du Grand Lyon, aujourd'hui "
                    "la Métropole, pour les projets de quartier. Elle leur propose des "
                    "ateliers. On apprend à partager un agenda, à faire un "
                    "tableau des distributions et à trouver les bons formulaires.",
                ),
                (
                    "photo",
                    {
                        "caption": "Trois bénévoles en gilet d'association regardent ensemble "
                        "un planning de distribution sur un ordinateur.",
                        "credit": "Sonia G.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "On perdait un temps fou au téléphone pour savoir qui "
                        "venait. Maintenant, l'agenda est partagé.",
                        "attribution": "Mireille, bénévole depuis quinze ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "fete-du-vallon-numerique",
            "title": "Fête du Vallon : photomaton, jeux et musique",
            "chapo": (
                "Début juillet, le Vallon Jayon a fait la fête. La M@ison de Grigny avait "
                "installé un photomaton et un coin jeux vidéo en plein air."
            ),
            "rubrique": "culture",
            "tags": ["fête", "jeux", "familles"],
            "authors": ["Leïla B.", "Dédé (habitant)"],
            "date": "2026-07-06",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Samedi, le soleil était au rendez-vous. Entre les stands des "
                    "associations et le barbecue, un photomaton fait maison attirait les "
                    "familles. On posait avec des chapeaux, des lunettes et des fous rires.",
                ),
                (
                    "paragraph",
                    "Un peu plus loin, les ados s'affrontaient sur des jeux de danse. Les "
                    "plus petits dessinaient sur des tablettes. Les photos ont été imprimées "
                    "sur place et offertes.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une grand-mère et ses trois petits-enfants grimacent "
                        "devant le photomaton, coiffés de chapeaux de paille.",
                        "credit": "Dédé (habitant)",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Ma photo de famille est sur le frigo. C'est la seule où "
                        "tout le monde sourit.",
                        "attribution": "Mme Kaya, habitante",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "parents-espace-numerique-college",
            "title": "Parents : suivre la scolarité en ligne, ça s'apprend",
            "chapo": (
                "Notes, devoirs, absences : tout est sur l'espace numérique du collège. "
                "La M@ison de Grigny aide les parents à s'y retrouver."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["parents", "collège", "démarches en ligne"],
            "authors": ["Leïla B."],
            "date": "2026-09-21",
            "issue": 15,
            "body": [
                (
                    "paragraph",
                    "Chaque collège a son espace numérique de travail. Les parents y voient "
                    "les notes, les devoirs et les messages des professeurs. Encore faut-il "
                    "savoir s'y connecter.",
                ),
                (
                    "paragraph",
                    "En septembre, La M@ison de Grigny a accueilli les parents le samedi "
                    "matin. Avec leurs codes en main, ils ont appris à se connecter, à lire "
                    "un message et à répondre à un professeur.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un père et son fils, côte à côte devant l'écran, "
                        "regardent le cahier de textes en ligne.",
                        "credit": "Yanis T.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon fils me disait qu'il n'avait jamais de devoirs. "
                        "Maintenant, je vérifie moi-même !",
                        "attribution": "M. Benali, papa d'un élève de quatrième",
                    },
                ),
                (
                    "paragraph",
                    "Vous avez perdu vos codes ? Demandez-les au secrétariat du collège. "
                    "Ensuite, venez avec votre téléphone : on vous aide à tout installer.",
                ),
            ],
            "easy_read": [
                "Le collège a un site pour les parents.",
                "On y voit les notes et les devoirs.",
                "Il faut un code pour entrer.",
                "Le collège vous donne le code.",
                "La M@ison de Grigny vous aide le samedi matin.",
            ],
        },
        {
            "slug": "formation-emploi-meme-batiment",
            "title": "Mission locale, GRETA, ordinateurs : tout sous le même toit",
            "chapo": (
                "La M@ison de Grigny partage son bâtiment avec la Mission locale et le "
                "GRETA. Pour les demandeurs d'emploi, c'est un vrai gain de temps."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "formation", "mission locale"],
            "authors": ["Yanis T."],
            "date": "2026-09-29",
            "issue": 15,
            "body": [
                (
                    "paragraph",
                    "Le centre de formation du quartier abrite trois voisins. La Mission "
                    "locale reçoit les jeunes qui cherchent leur voie. Le GRETA propose des "
                    "formations pour adultes. Et La M@ison de Grigny ouvre ses ordinateurs.",
                ),
                ("heading", "Trois portes dans le même couloir"),
                (
                    "paragraph",
                    "Un jeune sort de son rendez-vous à la Mission locale avec une offre. "
                    "Il fait dix pas et peut envoyer sa candidature. Une stagiaire du GRETA "
                    "peut réviser ses cours entre deux séances.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un long couloir lumineux avec trois portes et leurs "
                        "panneaux : Mission locale, GRETA et La M@ison de Grigny.",
                        "credit": "Yanis T.",
                    },
                ),
                (
                    "paragraph",
                    "Les adultes suivis par le PLIE viennent aussi pour leurs recherches. Et "
                    "les salariés des chantiers d'insertion y apprennent les bases de "
                    "l'ordinateur, utiles pour la suite de leur parcours.",
                ),
                (
                    "quote",
                    {
                        "text": "Ma conseillère m'a dit : va à côté, ils vont t'aider. "
                        "Une heure après, mon CV était envoyé.",
                        "attribution": "Jordan, 21 ans",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "portrait-dede-chantier-insertion",
            "title": "Dédé, des chantiers d'insertion à l'Écho",
            "chapo": (
                "Il a appris à réparer des ordinateurs sur un chantier d'insertion. "
                "Aujourd'hui, il fait aussi les photos de l'Écho."
            ),
            "rubrique": "portraits",
            "tags": ["portrait", "emploi", "ordinateurs reconditionnés"],
            "authors": ["Mme Perrin (habitante)"],
            "date": "2026-10-01",
            "issue": 15,
            "body": [
                (
                    "paragraph",
                    "Tout le monde au Vallon connaît Dédé. Sa casquette, son rire, son vélo. "
                    "Ce qu'on sait moins, c'est qu'il a trouvé sa passion à 50 ans passés.",
                ),
                (
                    "paragraph",
                    "Après une longue période sans emploi, il a rejoint un chantier "
                    "d'insertion. Il y a appris à démonter, nettoyer et remonter des "
                    "ordinateurs. Il en a remis en état des dizaines.",
                ),
                (
                    "photo",
                    {
                        "caption": "Dédé, casquette vissée sur la tête, tient un appareil "
                        "photo devant la fresque du Vallon.",
                        "credit": "Camille R.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Un ordinateur, c'est comme un vélo. Il faut de la "
                        "patience et des bonnes mains.",
                        "attribution": "Dédé, habitant du Vallon",
                    },
                ),
                (
                    "paragraph",
                    "Depuis l'an dernier, il prend aussi les photos de l'Écho. Vous l'avez "
                    "sûrement croisé à la fête du Vallon, appareil autour du cou.",
                ),
            ],
            "easy_read": None,
        },
    ],
}
