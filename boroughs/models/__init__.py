from .places import Bcu, BoroughIndexPage, BoroughPage, FeaturedAdvice, FrontCounter

__all__ = ["Bcu", "BoroughIndexPage", "BoroughPage", "FeaturedAdvice", "FrontCounter"]
