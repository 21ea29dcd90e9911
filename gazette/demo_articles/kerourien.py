"""Demo gazette for Kérourien (Brest): the residents' newspaper Couleur Quartier."""

GAZETTE = {
    "name": "Couleur Quartier",
    "intro": (
        "Couleur Quartier, c'est le journal des habitants de Kérourien, à Brest. "
        "Il sort tous les trois mois, sur papier et sur le site collaboratif du même nom."
    ),
    "issues": [
        {
            "number": 61,
            "date": "2026-06-19",
            "title": "L'été arrive à Kérourien",
            "editorial": [
                "Ce numéro sent déjà les vacances. Vous y trouverez la page des collégiens, "
                "le portrait de Jeannine et des conseils pour faire vos papiers sur internet.",
                "Merci à tous ceux qui ont écrit, dicté, photographié ou relu. "
                "Le prochain numéro sort à la rentrée. Vos idées sont les bienvenues à l'accueil du centre social.",
            ],
        },
        {
            "number": 62,
            "date": "2026-10-02",
            "title": "Une rentrée pleine de projets",
            "editorial": [
                "La rentrée, c'est un nouveau groupe pour chercher du travail, un atelier de dessin animé "
                "le mardi soir et un appel à toutes les plumes du quartier.",
                "Notre journal vit grâce à vous. Une idée, même toute petite ? "
                "Venez en parler le jeudi après-midi, autour d'un café.",
            ],
        },
    ],
    "articles": [
        {
            "slug": "net-emploi-nouveau-groupe",
            "title": "Net@l'emploi : un nouveau groupe se lance",
            "chapo": (
                "Depuis le 7 septembre, huit habitants cherchent du travail ensemble, chaque lundi matin, "
                "à l'espace multimédia. Deux animateurs les suivent pendant trois mois."
            ),
            "rubrique": "emploi",
            "tags": ["emploi", "ateliers"],
            "authors": ["Kévin T."],
            "date": "2026-09-15",
            "issue": 62,
            "body": [
                (
                    "paragraph",
                    "Le lundi, à 9 h 30, la salle informatique du centre social sent le café. "
                    "Huit personnes s'installent devant les écrans. Certaines n'avaient jamais envoyé un CV par mail. "
                    "D'autres connaissent bien l'ordinateur, mais ne savent plus par où commencer.",
                ),
                ("heading", "Deux animateurs, deux métiers"),
                (
                    "paragraph",
                    "Katell, l'animatrice multimédia, s'occupe de l'outil : la boîte mail, les pièces jointes, "
                    "les sites d'offres. L'agent de développement du dispositif ICEO, porté par l'association SATO-Relais, "
                    "parle du travail lui-même : le projet, les métiers qui recrutent à Brest, les entretiens. "
                    "Chacun son rôle, et les questions trouvent toujours une réponse.",
                ),
                (
                    "paragraph",
                    "Le groupe se retrouve deux heures par semaine, pendant trois mois. "
                    "Cette formule existe depuis 2008, et elle marche. "
                    "En petit groupe, on s'encourage, on se passe une annonce, on relit la lettre du voisin.",
                ),
                (
                    "photo",
                    {
                        "caption": "Deux participantes comparent leurs CV à l'écran, dans la salle informatique du centre social.",
                        "credit": "Kévin T.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Au début, j'avais peur de casser l'ordinateur. Maintenant, c'est moi qui montre aux nouveaux comment joindre un CV.",
                        "attribution": "Sandrine, 47 ans, participante",
                    },
                ),
                ("heading", "Comment s'inscrire ?"),
                (
                    "paragraph",
                    "Passez à l'accueil du centre social Couleurs Quartier. "
                    "Un premier rendez-vous permet de voir si le groupe vous convient. "
                    "Le prochain groupe démarre en janvier.",
                ),
            ],
            "easy_read": [
                "Vous cherchez du travail ?",
                "Un atelier vous aide à l'espace multimédia.",
                "L'atelier a lieu le lundi matin.",
                "Il dure deux heures.",
                "Vous venez pendant trois mois.",
                "Deux animateurs vous aident.",
                "Pour vous inscrire, allez à l'accueil du centre social.",
            ],
        },
        {
            "slug": "segpa-page-du-journal",
            "title": "Les élèves de SEGPA signent une page du journal",
            "chapo": (
                "Chaque semaine, une classe de SEGPA du collège vient à l'espace multimédia. "
                "Cette année, les élèves ont préparé une page entière pour Couleur Quartier."
            ),
            "rubrique": "jeunesse",
            "tags": ["collège", "écriture", "journal"],
            "authors": ["Katell (animatrice multimédia)"],
            "date": "2026-05-28",
            "issue": 61,
            "body": [
                (
                    "paragraph",
                    "Le jeudi après-midi, ils arrivent à douze, le sac sur le dos, un peu bruyants. "
                    "Ce sont les élèves d'une classe de SEGPA du collège. "
                    "Depuis septembre, ils ont un projet : raconter leur quartier en photos et en petits textes.",
                ),
                ("heading", "Du brouillon à la mise en page"),
                (
                    "paragraph",
                    "D'abord, ils ont choisi leurs sujets : le terrain de foot, la boulangerie, le bus du matin. "
                    "Ils ont pris des photos avec les appareils du centre. Puis ils ont écrit, corrigé, recommencé. "
                    "La mise en page, ils l'ont faite eux-mêmes, sur un logiciel libre.",
                ),
                (
                    "photo",
                    {
                        "caption": "Trois collégiens choisissent ensemble les photos de leur page, penchés sur un écran.",
                        "credit": "Maëlle K.",
                    },
                ),
                (
                    "paragraph",
                    "Leur page est au milieu de ce numéro. Pour beaucoup, c'est la première fois qu'un texte à eux est imprimé. "
                    "Le jour où ils ont vu l'épreuve, la classe est restée silencieuse une bonne minute.",
                ),
                (
                    "quote",
                    {
                        "text": "Ma mère va garder le journal dans le tiroir, avec mes bulletins. Mais celui-là, elle va le montrer.",
                        "attribution": "Rayan, 14 ans, élève de SEGPA",
                    },
                ),
                (
                    "paragraph",
                    "Merci à leur professeure et aux éducateurs, qui ont suivi le projet toute l'année. "
                    "Les ateliers reprennent à la rentrée, avec une nouvelle classe.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "portrait-jeannine-mails-canada",
            "title": "Jeannine, 74 ans, écrit au Canada tous les dimanches",
            "chapo": (
                "Il y a deux ans, Jeannine n'avait jamais touché une souris. "
                "Aujourd'hui, elle envoie des photos de Kérourien à ses petits-enfants, de l'autre côté de l'océan."
            ),
            "rubrique": "portraits",
            "tags": ["seniors", "portrait", "ateliers"],
            "authors": ["Soizic R."],
            "date": "2026-06-05",
            "issue": 61,
            "body": [
                (
                    "paragraph",
                    "Jeannine habite Kérourien depuis 1971. Elle a vu arriver les familles, pousser les arbres, changer les commerces. "
                    "Son fils est parti travailler à Montréal il y a dix ans. "
                    "Longtemps, elle a attendu ses lettres et ses coups de fil, trop rares.",
                ),
                ("heading", "« Je me croyais trop vieille »"),
                (
                    "paragraph",
                    "Un jour, sa voisine l'a emmenée à l'atelier des seniors, le mardi après-midi. "
                    "Jeannine ne voulait pas déranger. Pour elle, l'ordinateur, c'était pour les jeunes. "
                    "Katell lui a montré la souris, puis le clavier, puis la boîte mail. Doucement, une chose à la fois.",
                ),
                (
                    "quote",
                    {
                        "text": "J'ai mis trois semaines pour écrire mon premier mail. Quand ma petite-fille m'a répondu le soir même, j'ai pleuré dans ma cuisine.",
                        "attribution": "Jeannine, 74 ans, habitante",
                    },
                ),
                (
                    "photo",
                    {
                        "caption": "Jeannine montre sur sa tablette une photo de ses petits-enfants sous la neige.",
                        "credit": "Soizic R.",
                    },
                ),
                (
                    "paragraph",
                    "Aujourd'hui, elle fait un appel vidéo le dimanche midi, à cause du décalage horaire. "
                    "Elle envoie des photos du marché, de la mer, des fleurs de son balcon. "
                    "Et elle garde sa place au premier rang, le mardi, pour aider les nouvelles.",
                ),
                (
                    "paragraph",
                    "L'atelier des seniors a lieu chaque mardi, de 14 h à 16 h. Il reste deux places.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "impots-caf-en-ligne",
            "title": "Impôts, CAF : on remplit les papiers ensemble",
            "chapo": (
                "Au printemps arrive la déclaration d'impôts, et les dossiers CAF ne s'arrêtent jamais. "
                "L'espace multimédia ouvre un créneau pour les démarches en ligne."
            ),
            "rubrique": "numerique",
            "tags": ["démarches", "caf", "impôts"],
            "authors": ["Aminata S.", "Katell (animatrice multimédia)"],
            "date": "2026-04-22",
            "issue": 61,
            "body": [
                (
                    "paragraph",
                    "Chaque année, c'est la même histoire. En avril, le courrier des impôts arrive, "
                    "et beaucoup de voisins ne savent pas quoi en faire. Depuis que tout passe par internet, le stress monte. "
                    "Alors, le mercredi matin, on vient avec ses papiers, et on fait la démarche ensemble.",
                ),
                ("heading", "Ce qu'il faut apporter"),
                (
                    "paragraph",
                    "Pour les impôts : votre numéro fiscal, écrit sur l'ancienne déclaration, et votre mot de passe si vous en avez un. "
                    "Pour la CAF : votre numéro d'allocataire et vos derniers bulletins de salaire. "
                    "Et surtout votre téléphone portable, car on reçoit souvent un code par SMS.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une habitante et l'animatrice vérifient une déclaration en ligne, les papiers étalés sur la table.",
                        "credit": "Aminata S.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Je ne fais pas à la place des gens. Je reste à côté. C'est eux qui tapent : comme ça, l'an prochain, ils sauront.",
                        "attribution": "Katell, animatrice multimédia",
                    },
                ),
                ("heading", "Et si on se trompe ?"),
                (
                    "paragraph",
                    "Pas de panique. Une déclaration en ligne peut être corrigée. "
                    "On peut aussi demander un rendez-vous au centre des impôts. "
                    "Le plus important, c'est de ne pas laisser le courrier au fond d'un tiroir.",
                ),
            ],
            "easy_read": [
                "Le mercredi matin, l'espace multimédia vous aide.",
                "Vous faites vos impôts sur internet.",
                "Vous faites aussi vos papiers de la CAF.",
                "Apportez vos papiers.",
                "Apportez votre téléphone portable.",
                "C'est vous qui tapez.",
                "L'animatrice reste à côté de vous.",
            ],
        },
        {
            "slug": "csf-permanence-logement",
            "title": "La CSF reçoit les familles au centre social",
            "chapo": (
                "Charges trop chères, fuite jamais réparée, dossier bloqué : "
                "la Confédération syndicale des familles écoute et conseille, un jeudi sur deux."
            ),
            "rubrique": "associations",
            "tags": ["logement", "associations", "démarches"],
            "authors": ["Tonton Youssef"],
            "date": "2026-03-18",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "La Confédération syndicale des familles, tout le monde dit « la CSF ». "
                    "C'est une association qui défend les familles, surtout pour le logement et la vie de tous les jours. "
                    "À Kérourien, ses bénévoles reçoivent au centre social un jeudi sur deux, de 17 h à 19 h.",
                ),
                ("heading", "Les charges à la loupe"),
                (
                    "paragraph",
                    "Cet hiver, plusieurs locataires ont reçu une facture de charges très lourde. "
                    "La CSF a aidé à lire les décomptes, ligne par ligne. Elle a aussi écrit au bailleur pour demander des explications. "
                    "Une réunion publique a eu lieu en février, avec une quarantaine de voisins.",
                ),
                (
                    "photo",
                    {
                        "caption": "Des locataires lisent ensemble leurs décomptes de charges pendant la réunion de février.",
                        "credit": "Tonton Youssef",
                    },
                ),
                (
                    "paragraph",
                    "Quand il faut remplir un formulaire sur internet, la CSF envoie les familles à l'espace multimédia, juste à côté. "
                    "Quand l'animatrice entend parler d'un problème de logement, elle conseille la permanence. "
                    "Les deux se renvoient la balle, et c'est tant mieux.",
                ),
                (
                    "quote",
                    {
                        "text": "On ne règle pas tout. Mais les gens repartent en sachant à qui écrire, et avec quels mots.",
                        "attribution": "Hervé, bénévole de la CSF",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "dessin-anime-mardi-soir",
            "title": "Pâte à modeler et caméra : le dessin animé du mardi soir",
            "chapo": (
                "Après l'école, une dizaine d'enfants fabriquent un petit film image par image. "
                "La projection aura lieu à la fête du centre social, en décembre."
            ),
            "rubrique": "culture",
            "tags": ["enfants", "ateliers"],
            "authors": ["Maëlle K."],
            "date": "2026-09-22",
            "issue": 62,
            "body": [
                (
                    "paragraph",
                    "Le mardi, à 17 h, la salle change d'ambiance. Les écrans sont poussés sur le côté. "
                    "Sur la table, il y a de la pâte à modeler, des cartons, des feutres et une petite caméra sur un pied.",
                ),
                (
                    "paragraph",
                    "Les enfants, de 8 à 11 ans, préparent un film d'animation. "
                    "L'histoire ? Un goéland vole les frites du snack et se fait attraper par les mouettes du port. "
                    "Le scénario a été voté à main levée.",
                ),
                ("heading", "Douze photos pour une seconde"),
                (
                    "paragraph",
                    "Pour faire bouger un personnage, on prend une photo, on le pousse d'un millimètre, on reprend une photo. "
                    "Il en faut une douzaine pour une seule seconde de film. Les enfants apprennent la patience. "
                    "Ils apprennent aussi à s'écouter, car chacun a son poste : décor, caméra, personnages, bruitages.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un goéland en pâte à modeler devant un décor de carton peint, sous l'œil de la caméra.",
                        "credit": "Maëlle K.",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Le goéland, c'est moi qui l'ai fait. Il a perdu une aile trois fois.",
                        "attribution": "Lina, 9 ans",
                    },
                ),
                (
                    "paragraph",
                    "Les ateliers du soir sont gratuits. Inscription à l'accueil du centre social. "
                    "Les parents sont invités à la projection.",
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "histoire-couleur-quartier",
            "title": "Couleur Quartier, un journal fait par les habitants",
            "chapo": (
                "Comment est né le journal que vous tenez entre les mains ? "
                "Petit retour en arrière, avec une habitante qui l'a vu grandir."
            ),
            "rubrique": "histoire",
            "tags": ["journal", "écriture", "mémoire"],
            "authors": ["Mme Le Gall (habitante)"],
            "date": "2026-02-10",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Au départ, il y a un collectif d'habitants qui voulait un endroit pour s'exprimer. "
                    "Pas un bulletin officiel : un journal où chacun peut écrire, même avec des fautes, même trois lignes. "
                    "Ce collectif s'appelait déjà Couleur Quartier.",
                ),
                ("heading", "Un site et un journal papier"),
                (
                    "paragraph",
                    "Très vite, il y a eu deux supports. Un site collaboratif, où l'on publie une info, une photo, une annonce. "
                    "Et un journal papier, qui sort tous les trois mois. "
                    "L'espace multimédia aide pour la technique : taper les textes, scanner les dessins, faire la mise en page.",
                ),
                (
                    "paragraph",
                    "L'espace multimédia repose sur un accord à trois : la Ligue de l'enseignement du Finistère, "
                    "la ville de Brest et le centre social. Il est installé au cœur du centre social Couleurs Quartier. "
                    "C'est pratique : de l'atelier à la salle de rédaction, il y a trois pas.",
                ),
                (
                    "photo",
                    {
                        "caption": "Une pile d'anciens numéros de Couleur Quartier sur la table de la salle de réunion.",
                        "credit": "Kévin T.",
                    },
                ),
                ("heading", "Voir son texte imprimé"),
                (
                    "paragraph",
                    "Ce qui compte le plus, ce n'est pas le papier. C'est la fierté. "
                    "Quand on apprend le français, ou quand on a peur d'écrire, voir son nom sous un article change beaucoup de choses. "
                    "Plusieurs rédacteurs ont commencé par une recette de cuisine. Aujourd'hui, ils font des reportages.",
                ),
                (
                    "quote",
                    {
                        "text": "Mon premier texte faisait cinq lignes, sur le gâteau de ma grand-mère. Je l'ai encore, plié dans mon portefeuille.",
                        "attribution": "Aminata S., rédactrice",
                    },
                ),
            ],
            "easy_read": None,
        },
        {
            "slug": "le-site-cherche-des-plumes",
            "title": "Le site Couleur Quartier a besoin de vous",
            "chapo": (
                "Un site de quartier vit seulement si on l'alimente. "
                "L'équipe lance un appel : une photo, une date, trois lignes, tout est bon à prendre."
            ),
            "rubrique": "vie-du-quartier",
            "tags": ["journal", "écriture", "participation"],
            "authors": ["Kévin T.", "Soizic R."],
            "date": "2026-09-10",
            "issue": 62,
            "body": [
                (
                    "paragraph",
                    "Vous l'avez peut-être remarqué : ces derniers temps, le site Couleur Quartier est un peu calme. "
                    "Ce n'est pas faute d'idées. Un site demande d'être nourri très souvent, et l'équipe n'est pas bien grande.",
                ),
                ("heading", "Ce que vous pouvez envoyer"),
                (
                    "paragraph",
                    "La date d'un vide-grenier, une photo du coucher de soleil depuis votre fenêtre, un mot sur un voisin qui rend service. "
                    "Une recette, ou un coup de gueule, s'il reste poli. "
                    "Tout se publie, après une petite relecture.",
                ),
                (
                    "photo",
                    {
                        "caption": "Le panneau d'affichage du centre social, couvert de petites annonces et de dessins d'enfants.",
                        "credit": "Kévin T.",
                    },
                ),
                (
                    "paragraph",
                    "Pas besoin d'écrire parfaitement. On peut dicter son texte à un bénévole, le jeudi à 14 h. "
                    "On peut aussi le glisser sur papier dans la boîte jaune de l'accueil. "
                    "Quelqu'un le tape et le met en ligne.",
                ),
                (
                    "quote",
                    {
                        "text": "Un site de quartier, c'est comme un jardin partagé. Si personne ne passe arroser, il sèche.",
                        "attribution": "Tonton Youssef, rédacteur",
                    },
                ),
            ],
            "easy_read": [
                "Le site Couleur Quartier parle de Kérourien.",
                "Vous pouvez écrire pour le site.",
                "Vous pouvez envoyer une photo.",
                "Les fautes, ce n'est pas grave.",
                "Un bénévole peut écrire pour vous.",
                "Venez le jeudi à 14 heures au centre social.",
            ],
        },
        {
            "slug": "parents-site-du-college",
            "title": "Notes et devoirs : les parents apprivoisent le site du collège",
            "chapo": (
                "Trois soirs en octobre, l'espace multimédia a aidé les parents à se connecter au site du collège. "
                "Avec les éducateurs du quartier, une vingtaine de familles sont venues."
            ),
            "rubrique": "numerique",
            "tags": ["collège", "démarches", "enfants"],
            "authors": ["Aminata S."],
            "date": "2026-10-20",
            "issue": None,
            "body": [
                (
                    "paragraph",
                    "Aujourd'hui, le collège passe presque tout par internet : les notes, les devoirs, les absences, "
                    "les messages des professeurs. Pour les parents sans ordinateur, ou qui lisent mal le français, c'est un vrai mur.",
                ),
                (
                    "paragraph",
                    "Alors, avec les éducateurs spécialisés du quartier, l'espace multimédia a organisé trois soirées. "
                    "Chacun est venu avec son identifiant, souvent perdu. On a appris à le retrouver, "
                    "à changer son mot de passe, à lire le cahier de textes.",
                ),
                (
                    "photo",
                    {
                        "caption": "Un père et sa fille regardent ensemble le cahier de textes sur un téléphone.",
                        "credit": "Maëlle K.",
                    },
                ),
                ("heading", "Le téléphone suffit"),
                (
                    "paragraph",
                    "Bonne nouvelle : beaucoup de choses se font avec le téléphone. "
                    "L'animatrice a montré comment installer l'application et rester connecté. "
                    "Les enfants, eux, faisaient un peu la grimace : maintenant, les parents voient tout.",
                ),
                (
                    "quote",
                    {
                        "text": "Mon fils me disait qu'il n'avait jamais de devoirs. Maintenant, je sais que ce n'est pas vrai.",
                        "attribution": "Nadia, 39 ans, maman",
                    },
                ),
                (
                    "paragraph",
                    "D'autres soirées auront lieu après les vacances de la Toussaint. "
                    "Renseignements à l'accueil du centre social.",
                ),
            ],
            "easy_read": None,
        },
    ],
}
