from django.urls import path

from .views.results import search_results

app_name = "search"
urlpatterns = [
    path("", search_results, name="results"),
]
