from .article import ArticleAuthor, ArticlePage, ArticleTag
from .index import GazetteIndexPage
from .issue import GazetteIssuePage, IssueArticle
from .snippets import Contributor, Rubrique

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "ArticleTag",
    "Contributor",
    "GazetteIndexPage",
    "GazetteIssuePage",
    "IssueArticle",
    "Rubrique",
]
