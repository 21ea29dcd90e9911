from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .opendata.lamednum import MAX_FILE_SIZE


class AnnuaireChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, annuaire):
        return annuaire.get_parent().title


class ImportForm(forms.Form):
    annuaire = AnnuaireChoiceField(
        queryset=None,
        label=gettext_lazy("Dans l'annuaire du quartier"),
        empty_label=None,
    )
    file = forms.FileField(
        label=gettext_lazy("Le fichier CSV"),
        help_text=gettext_lazy(
            "Au format national des lieux de médiation numérique (LaMednum). Une ligne par "
            "lieu. Un lieu déjà importé (même identifiant) est mis à jour."
        ),
    )

    def __init__(self, *args, annuaires=(), **kwargs):
        super().__init__(*args, **kwargs)
        from .models import AnnuairePage

        self.fields["annuaire"].queryset = AnnuairePage.objects.filter(
            pk__in=[annuaire.pk for annuaire in annuaires]
        ).order_by("path")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError(_("Envoyez un fichier .csv."))
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("Le fichier est trop gros (5 Mo au plus)."))
        return upload
