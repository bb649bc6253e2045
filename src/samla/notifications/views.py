from django.http import HttpResponse
from django.contrib.auth.decorators import login_required

from samla.core.http import AuthenticatedRequest


@login_required
def notification_list(request: AuthenticatedRequest) -> HttpResponse:
    return HttpResponse("")
