from .article import ArticleAuthor, ArticlePage, ArticleTag
from .index import GazetteIndexPage
from .issue import GazetteIssuePage, IssueArticle
from .snippets import Rubrique

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "ArticleTag",
    "GazetteIndexPage",
    "GazetteIssuePage",
    "IssueArticle",
    "Rubrique",
]
