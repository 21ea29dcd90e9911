"""Demo gazette for Nice-Est (near L'Ariane): news seen from Le Hublot."""

GAZETTE = {
    "name": "Vu du Hublot",
    "intro": (
        "Vu du Hublot raconte la vie de Nice-Est et de L'Ariane, vue depuis Le Hublot, "
        "l'espace culturel multimédia de L'Entre-Pont. Habitants, artistes et animateurs l'écrivent ensemble."
    ),
    "issues": [
        {
            "number": 23,
            "date": "2026-05-28",
            "title": "Le printemps des rencontres",
            "editorial": [
                "Ce printemps, on s'est retrouvés au snack, devant les écrans et autour des tables à dessin. "
                "Dans ce numéro : une soirée Clic à oreilles, les ateliers pour l'emploi et les super-héros des collégiens.",
                "Le journal est ouvert à tous. Vous avez une histoire du quartier à raconter ? "
                "Passez au Hublot, on vous aide à l'écrire.",
            ],
        },
        {
            "number": 24,
            "date": "2026-11-05",
            "title": "L'automne en images",
            "editorial": [
                "Un été de spectacle sur la place, une artiste qui s'installe à L'Entre-Pont, "
                "des entretiens d'embauche filmés et des tablettes qui rapprochent les familles : l'automne est bien rempli.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "clic-a-oreilles-au-snack",
            "title": "Clic à oreilles : une soirée au snack",
            "chapo": (
                "Un jeudi d'avril, le snack de l'avenue s'est transformé en petit studio de télé. "
                "Une web TV du quartier est venue raconter son travail, entre deux assiettes de socca."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["clic à oreilles", "rencontres", "vidéo"],
            "authors": ["Nadia B."],
            "date": "2026-04-16",
            "issue": 23,
            "body": [
                (
                    "paragraph",
                    "Il est 19 h. Les tables sont poussées contre le mur. Sur le comptoir, un vidéoprojecteur du Hublot "
                    "envoie des images sur un drap blanc. Une trentaine de personnes sont là : des habitués du snack, "
                    "des voisins curieux, quelques ados.",
                ),
                ("heading", "Une web TV, comment ça marche ?"),
                (
                    "paragraph",
                    "Les invités du soir font une petite télé sur internet, avec un téléphone et un micro. "
                    "Ils filment les fêtes, les matchs, les réunions du comité de quartier. "
                    "Ils ont montré trois reportages, puis ils ont répondu aux questions. Et des questions, il y en a eu.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des habitants regardent un reportage projeté sur un drap blanc, au fond du snack.",
                        "credit": "Julien P.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je pensais qu'il fallait une grosse caméra. En fait, mon téléphone suffit. Je vais filmer le tournoi de pétanque.",
                        "attribution": "Tonton Ali, habitué du snack",
                    },
                ),
                (
                    "paragraph",
                    "C'est tout l'esprit des Clic à oreilles : montrer un usage du numérique là où les gens sont déjà. "
                    "Pas besoin de s'inscrire ni de s'y connaître. On écoute, on pose une question, on repart avec une idée. "
                    "Le prochain rendez-vous aura lieu dans une salle de la paroisse, à l'automne.",
                ),
            ],
            "easy_read": [
                "Le Hublot organise des soirées dans le quartier.",
                "Ces soirées s'appellent Clic à oreilles.",
                "En avril, la soirée a lieu dans un snack.",
                "Des invités montrent des films faits avec un téléphone.",
                "Tout le monde peut venir.",
                "C'est gratuit.",
            ],
        },
        {
            "slug": "clic-a-oreilles-depuis-2007",
            "title": "Les Clic à oreilles, une histoire qui dure depuis 2007",
            "chapo": (
                "Dans une paroisse, sur la place, dans un bar : depuis bientôt vingt ans, "
                "Le Hublot emmène le numérique là où on ne l'attend pas."
            ),
            "rubrique": "histoire",
            "tags": ["clic à oreilles", "rencontres", "mémoire"],
            "authors": ["Mme Rossi (habitante)", "Yassine (animateur)"],
            "date": "2026-02-20",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Le Hublot est porté par DIVA, une association de spectacle vivant. "
                    "Il est installé à L'Entre-Pont, un ancien entrepôt de la ville que se partagent trois compagnies. "
                    "Dès le début, l'équipe a voulu sortir de ses murs pour aller à la rencontre du quartier.",
                ),
                ("heading", "Six rencontres en quatre ans"),
                (
                    "paragraph",
                    "La première soirée Clic à oreilles date de 2007. En 2011, on en comptait déjà six. "
                    "Elles ont eu lieu dans une paroisse, sur une place publique, dans un snack, dans un bar, "
                    "dans des locaux d'associations et au Hublot lui-même.",
                ),
                (
                    "paragraph",
                    "Chaque fois, des invités venaient parler d'un usage du numérique : des artistes, "
                    "des membres d'un comité de quartier, une télé sur internet. "
                    "Ils lançaient la discussion, puis la salle prenait le relais.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une vieille affiche d'une soirée Clic à oreilles, punaisée dans le couloir de L'Entre-Pont.",
                        "credit": "Chantal G.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "La première fois, je suis venue pour le curé, pas pour l'ordinateur. Je suis restée pour les deux.",
                        "attribution": "Mme Rossi, habitante depuis 1982",
                    },
                ),
                ("heading", "Et aujourd'hui ?"),
                (
                    "paragraph",
                    "Les rencontres continuent, souvent au Hublot, avec des artistes du numérique qui présentent leurs œuvres. "
                    "Le public change à chaque fois : les habitués du lieu qui reçoit, et ceux qui viennent pour l'événement.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "modules-emploi-france-travail",
            "title": "Trois matinées pour chercher du travail en ligne",
            "chapo": (
                "Créer son espace sur le site de France Travail, répondre à une offre, envoyer son CV : "
                "au Hublot, on apprend tout ça en trois séances."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "cv", "démarches"],
            "authors": ["Sabrina M."],
            "date": "2026-03-10",
            "issue": 23,
            "body": [
                (
                    "paragraph",
                    "Le module emploi du Hublot, c'est trois séances de trois heures, en petit groupe. "
                    "On y apprend à utiliser le site de France Travail, l'ancien Pôle emploi. "
                    "On y apprend aussi à postuler en ligne, sans se perdre dans les mots de passe.",
                ),
                ("heading", "Un atelier qui a fait ses preuves"),
                (
                    "paragraph",
                    "Ces modules existent depuis 2007. En 2010 déjà, 47 demandeurs d'emploi les avaient suivis. "
                    "Ils sont soutenus par la politique de la ville. "
                    "Le but est simple : qu'à la fin, chacun puisse chercher seul, depuis chez lui ou depuis le Hublot.",
                ),
                (
                    "photo",
                    {
                        "caption": "Quatre participants devant leurs écrans, chacun avec son CV imprimé posé à côté du clavier.",
                        "credit": "Julien P.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Avant, mon conseiller me disait « postulez en ligne », et je hochais la tête. Maintenant, je le fais pour de vrai.",
                        "attribution": "Karim, 52 ans, participant",
                    },
                ),
                (
                    "paragraph",
                    "Le prochain groupe commence le mardi 14 avril, à 9 h. Il reste quatre places. "
                    "Pensez à apporter une clé USB et, si vous en avez un, votre CV sur papier.",
                ),
            ],
            "easy_read": [
                "Vous cherchez du travail ?",
                "Le Hublot propose un atelier.",
                "L'atelier a lieu trois matins.",
                "Vous apprenez le site de France Travail.",
                "Vous apprenez à envoyer votre CV.",
                "Le groupe est petit.",
            ],
        },
        {
            "slug": "entretien-embauche-filme",
            "title": "Face à la caméra, on prépare l'entretien d'embauche",
            "chapo": (
                "Des salariés de chantiers d'insertion et des personnes suivies par le PLIE "
                "se sont filmés en faux entretien. Puis ils se sont regardés. Pas facile, mais très utile."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "entretien", "vidéo"],
            "authors": ["Yassine (animateur)"],
            "date": "2026-10-01",
            "issue": 24,
            "body": [
                (
                    "paragraph",
                    "Une table, deux chaises, une caméra. L'un joue le recruteur, l'autre le candidat. "
                    "L'entretien dure dix minutes, comme dans la vraie vie. Ensuite, tout le groupe regarde la vidéo.",
                ),
                (
                    "paragraph",
                    "Les participants viennent de chantiers d'insertion et de chantiers écoles, ou sont suivis par le PLIE. "
                    "Beaucoup n'ont jamais passé d'entretien. "
                    "Se voir à l'écran, c'est se rendre compte de ses mains qui bougent, de sa voix trop basse, de son regard qui fuit.",
                ),
                ("heading", "On se regarde avec bienveillance"),
                (
                    "paragraph",
                    "La règle du groupe : on commence toujours par ce qui va bien. Puis on donne un conseil, un seul. "
                    "Au troisième passage, les progrès sautent aux yeux.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un participant en chemise répond aux questions, face à une caméra posée sur un pied.",
                        "credit": "Sabrina M.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "La première vidéo, j'ai voulu la supprimer. La troisième, je l'ai envoyée à ma femme.",
                        "attribution": "Didier, 44 ans, salarié en chantier d'insertion",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "web-cartoon-super-heros",
            "title": "Web Cartoon : chaque collégien invente son super-héros",
            "chapo": (
                "Une minute de dessin animé, c'est le défi des jeunes de l'atelier Web Cartoon. "
                "Du crayon au montage, ils font tout eux-mêmes."
            ),
            "rubrique": "jeunesse",
            "tags": ["jeunes", "collège", "dessin animé"],
            "authors": ["Chantal G."],
            "date": "2026-05-06",
            "issue": 23,
            "body": [
                (
                    "paragraph",
                    "Il s'appelle Captain Ariane. Il vole au-dessus du Paillon et protège les vieilles dames au marché. "
                    "C'est le héros d'Inès, 13 ans, une des collégiennes de l'atelier Web Cartoon.",
                ),
                ("heading", "Toutes les étapes, sans tricher"),
                (
                    "paragraph",
                    "D'abord, on dessine son héros sur papier. Ensuite, on le scanne et on l'anime à l'ordinateur. "
                    "Puis on fabrique le décor, on enregistre les sons et on fait le montage. "
                    "À la fin, chaque jeune repart avec son petit film d'une minute.",
                ),
                (
                    "paragraph",
                    "Avant d'animer, il y a même un cours de théâtre. "
                    "Les jeunes bougent, sautent, tombent, pour comprendre comment un corps se déplace. "
                    "Ça se voit ensuite dans leurs personnages.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une collégienne dessine son super-héros sur une tablette graphique, le croquis papier à côté.",
                        "credit": "Chantal G.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Mon héros, il a ma tête mais en plus musclé. Ma petite sœur veut le même.",
                        "attribution": "Bilal, 12 ans, collégien",
                    },
                ),
                (
                    "paragraph",
                    "Les films seront projetés au Hublot le samedi 20 juin, à 16 h. Entrée libre, goûter offert.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "portrait-artiste-en-residence",
            "title": "Lou, l'artiste qui fait chanter les lampadaires",
            "chapo": (
                "Depuis septembre, une artiste du numérique est en résidence à L'Entre-Pont. "
                "Son projet : transformer les bruits du quartier en lumière."
            ),
            "rubrique": "portraits",
            "tags": ["artistes", "portrait", "art numérique"],
            "authors": ["Nadia B."],
            "date": "2026-09-18",
            "issue": 24,
            "body": [
                (
                    "paragraph",
                    "Lou a 31 ans, une casquette vissée sur la tête et des câbles plein son sac. "
                    "Elle est artiste, et son matériau, c'est le son. Pendant trois mois, elle travaille dans un atelier de L'Entre-Pont.",
                ),
                ("heading", "Le quartier en musique"),
                (
                    "paragraph",
                    "Chaque matin, elle part avec un micro. Elle enregistre le tram, les pigeons, les rires à la sortie de l'école, "
                    "le marchand de fruits qui crie ses prix. Ensuite, à l'ordinateur, elle relie ces sons à des lumières. "
                    "Plus le son est fort, plus la lumière brille.",
                ),
                (
                    "photo",
                    {
                        "caption": "L'artiste tend un micro vers un groupe d'enfants qui rient, devant l'école.",
                        "credit": "Julien P.",
                    },
                ),
                (
                    "paragraph",
                    "Lou ne veut pas travailler seule. Le mercredi, elle accueille les habitants qui veulent essayer. "
                    "Les enfants adorent faire clignoter les ampoules en tapant dans leurs mains.",
                ),
                (
                    "quote",
                    {
                        "text": "Ici, les gens me donnent leurs sons comme on donne une recette. Chaque enregistrement raconte quelqu'un.",
                        "attribution": "Lou, artiste en résidence",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "spectacle-numerique-sur-la-place",
            "title": "Un soir d'été, la place s'est allumée",
            "chapo": (
                "Comme chaque année, Le Hublot a offert un spectacle d'art numérique en plein air. "
                "Images géantes, musique et danse : plus de trois cents personnes étaient là."
            ),
            "rubrique": "culture",
            "tags": ["spectacle", "art numérique", "fête"],
            "authors": ["Tonton Ali", "Mme Rossi (habitante)"],
            "date": "2026-07-08",
            "issue": 24,
            "body": [
                (
                    "paragraph",
                    "Le 3 juillet, à la tombée de la nuit, les chaises pliantes étaient déjà toutes prises. "
                    "Les enfants s'étaient assis par terre, au premier rang. "
                    "Sur la façade, des images ont commencé à danser.",
                ),
                (
                    "paragraph",
                    "Deux danseuses bougeaient devant l'écran, et les images suivaient leurs gestes. "
                    "Une musicienne jouait en direct. Pendant quarante minutes, personne n'a regardé son téléphone. "
                    "Enfin, presque personne.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des formes colorées projetées sur une façade, avec la foule en silhouette au premier plan.",
                        "credit": "Tonton Ali",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "J'habite ici depuis quarante ans. Je n'avais jamais vu mon immeuble aussi beau.",
                        "attribution": "Mme Rossi, habitante",
                    },
                ),
                (
                    "paragraph",
                    "Après le spectacle, les artistes sont restés pour parler avec le public. "
                    "Les plus jeunes ont pu toucher les manettes. Rendez-vous l'été prochain.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "semaine-de-noel-commercants",
            "title": "Les commerçants préparent une semaine de Noël lumineuse",
            "chapo": (
                "Les commerçants du quartier ont encore demandé au Hublot d'animer leur semaine de Noël. "
                "Au programme : vitrines animées et photos souvenirs."
            ),
            "rubrique": "associations",
            "tags": ["commerces", "fête", "art numérique"],
            "authors": ["Sabrina M.", "Yassine (animateur)"],
            "date": "2026-11-12",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Depuis plusieurs années, la semaine de Noël des commerçants est un moment attendu. "
                    "La boulangerie, la pharmacie, le coiffeur et l'épicerie se mettent ensemble pour faire la fête. "
                    "Le Hublot, lui, apporte les lumières et les écrans.",
                ),
                ("heading", "Le programme"),
                (
                    "paragraph",
                    "Du 14 au 20 décembre, les vitrines montreront des petits films faits par les enfants des ateliers. "
                    "Le samedi 19, un coin photo sera installé devant la boulangerie. "
                    "Les familles repartiront avec leur photo imprimée sur place.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une vitrine d'épicerie décorée, avec un petit écran qui diffuse un dessin animé d'enfants.",
                        "credit": "Sabrina M.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Les gens entrent pour regarder la vitrine, et ils ressortent avec des clémentines. Tout le monde y gagne.",
                        "attribution": "Farid, épicier du quartier",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "tablettes-seniors-appels-video",
            "title": "Tablettes : les seniors appellent leurs petits-enfants en vidéo",
            "chapo": (
                "Le jeudi après-midi, le Hublot accueille les plus de 65 ans. "
                "Objectif de l'automne : voir le visage de ceux qu'on aime, même s'ils habitent loin."
            ),
            "rubrique": "numerique",
            "tags": ["seniors", "tablette", "famille"],
            "authors": ["Chantal G.", "Nadia B."],
            "date": "2026-10-14",
            "issue": 24,
            "body": [
                (
                    "paragraph",
                    "Ils sont huit, autour de la grande table. Certains ont reçu une tablette à Noël et ne l'ont jamais allumée. "
                    "D'autres ont un téléphone, mais n'osent pas toucher aux applications.",
                ),
                ("heading", "Pas à pas"),
                (
                    "paragraph",
                    "Yassine, l'animateur, avance lentement. On apprend à allumer, à se connecter au wifi, à trouver l'application. "
                    "Puis vient le grand moment : le premier appel vidéo, à un autre participant, de l'autre côté de la table. "
                    "Ça fait rire tout le monde.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une dame âgée sourit à sa tablette, où apparaît le visage d'un petit garçon.",
                        "credit": "Chantal G.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Ma fille vit à Lille. Hier, j'ai vu ma petite-fille faire ses premiers pas. En direct !",
                        "attribution": "Josette, 78 ans, participante",
                    },
                ),
                (
                    "paragraph",
                    "L'atelier est gratuit et se tient le jeudi de 14 h à 16 h. "
                    "Si vous n'avez pas de tablette, le Hublot en prête pendant la séance.",
                ),
            ],
            "easy_read": [
                "Le Hublot a un atelier pour les personnes âgées.",
                "C'est le jeudi après-midi.",
                "Vous apprenez à utiliser une tablette.",
                "Vous apprenez à appeler en vidéo.",
                "Vous voyez votre famille sur l'écran.",
                "Le Hublot prête des tablettes.",
                "C'est gratuit.",
            ],
        },
    ],
}
