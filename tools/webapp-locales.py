#!/usr/bin/env python3
"""Writes the Swedish locale files of Cockpit and Admin (sv.json), every label of Camunda's en.json.

Each label's Swedish comes from, first, the key-bound translations below (where the same English
needs other Swedish in its place, e.g. the navigation's short "Processer"), then the English->Swedish
table tools/webapp-locales/sv.tsv (one line per distinct English text of both apps; its head lists
the terms). A label whose English is in neither stops the script, so a Camunda upgrade that adds
labels says which ones need Swedish. Run after editing either, or after a Camunda upgrade:
    python3 tools/webapp-locales.py            (reads en.json from the camunda-webapp-webjar in ~/.m2)
    python3 tools/webapp-locales.py --check    (exit 1 if the committed sv.json differ; mvn verify runs it)
    --repository=DIR                           (another Maven repository than ~/.m2/repository)
The date names come from Tasklist's sv.json, so all three apps show dates alike.
LocaleCompletenessTest checks the result for all three apps (keys, placeholders, HTML).
"""
import json
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
APPS = ROOT / "src/main/resources/META-INF/resources/webjars/camunda/app"
TABLE = ROOT / "tools/webapp-locales/sv.tsv"

COMMON = {
    "AUTH_AUTHENTICATION_FAILED": "Inloggningen misslyckades. Din session kan ha gått ut; logga in igen.",
    "AUTH_DAY_CONTEXT_AFTERNOON": "eftermiddag", "AUTH_DAY_CONTEXT_DAY": "dag", "AUTH_DAY_CONTEXT_EVENING": "kväll",
    "AUTH_DAY_CONTEXT_MORNING": "morgon", "AUTH_DAY_CONTEXT_NIGHT": "natt", "AUTH_DAY_CONTEXT_WEEKEND": "helg",
    "AUTH_FAILED_TO_DISPLAY_RESOURCE": "Sidan kunde inte visas",
    "AUTH_LOGOUT_SUCCESSFUL": "Du är utloggad",
    "AUTH_LOGOUT_THANKS": "Tack för i dag. Ha en fin {{dayContext}}!",
    "BANNER_CE_EOL_TEXT": "Det är dags att migrera till Camunda 8. Den sista versionen av Camunda 7 CE släpptes i oktober 2025. Läs Camundas <a href=\"https://docs.camunda.io/docs/guides/migrating-from-camunda-7/?utm_medium=referral&utm_source=c7-community\">migreringsguide</a>.",
    "CAM_WIDGET_FOOTER_POWERED_BY": "Drivs av",
    "CAM_WIDGET_FOOTER_TIMEZONE": "Datum och tid visas i lokal tidszon:",
    "CAM_WIDGET_HEADER_MY_PROFILE": "Min profil",
    "CAM_WIDGET_HEADER_SIGN_OUT": "Logga ut",
    "CAM_WIDGET_HEADER_SMALL_SCREEN_WARNING": "Programmet är gjort för större skärmar.",
    "CAM_WIDGET_HEADER_TOGGLE_NAVIGATION": "Visa/dölj navigering",
    "MY_PROFILE": "Min profil",
    "PAGE_LOGIN_ERROR_MSG": "Fel användarnamn eller lösenord, spärrad användare eller saknad behörighet till programmet",
    "PAGE_LOGIN_FAILED": "Inloggningen misslyckades",
    "PAGE_LOGIN_PASSWORD": "Lösenord",
    "PAGE_LOGIN_PLEASE_SIGN_IN": "Logga in",
    "PAGE_LOGIN_SIGN_IN_ACTION": "Logga in",
    "PAGE_LOGIN_USERNAME": "Användarnamn",
    "SIGN_OUT_ACTION": "Logga ut",
    "TOGGLE_NAVIGATION": "Visa/dölj navigering",
    "PAGES_MSG_COMMUNICATION_ERROR": "Programmet fick ett oväntat svar ({{status}}) från servern. Ladda om sidan eller logga ut och in igen.",
    "PAGES_MSG_SERVER_ERROR": "Servern rapporterade ett internt fel. Ladda om sidan eller logga ut och in igen.",
    "PAGES_STATUS_COMMUNICATION_ERROR": "Kommunikationsfel",
    "PAGES_STATUS_SERVER_ERROR": "Serverfel",
}

COCKPIT = {
    "DASHBOARD_ASSIGNED_TO_GROUPS": "Tilldelade en eller flera grupper",
    "DASHBOARD_ASSIGNED_TO_USER": "Tilldelade en person",
    "DASHBOARD_CASE_DEFINITIONS": "CMMN-ärendedefinitioner",
    "DASHBOARD_CUSTOM_PLUGINS": "Egna tillägg",
    "DASHBOARD_DASHBOARD": "Översikt",
    "DASHBOARD_DECISION_DEFINITIONS": "Beslutstabeller",
    "DASHBOARD_DEPLOYED": "Driftsatt",
    "DASHBOARD_DEPLOYMENTS": "Driftsättningar",
    "DASHBOARD_METRICS": "Mätvärden",
    "DASHBOARD_OPEN_HUMAN_TASKS": "Öppna uppgifter",
    "DASHBOARD_OPEN_INCIDENTS": "Öppna incidenter",
    "DASHBOARD_OTHERS": "Övrigt",
    "DASHBOARD_PROCESS_DEFINITIONS": "Processer",
    "DASHBOARD_REPORTS_AVAILABLE": "Inga rapporter finns.",
    "DASHBOARD_RIGHT_NOW": "Just nu",
    "DASHBOARD_RUNNING_PROCESS_INSTANCE": "Pågående processinstanser",
    "DASHBOARD_STATISTICS": "Statistik",
    "DASHBOARD_THIS_MONTH": "Senaste 30 dagarna",
    "DASHBOARD_THIS_WEEK": "Senaste 7 dagarna",
    "DASHBOARD_TODAY": "Senaste dygnet",
    "DASHBOARD_TOGGLE_SECTION": "Visa/dölj avsnittet",
    "DASHBOARD_UNASSIGNED": "Ej tilldelade",
    "PLUGIN_ACTIVITY": "Aktivitet",
    "PLUGIN_ACTIVITY_INSTANCE_OPEN_INCIDENTS": "Öppna incidenter",
    "PLUGIN_ACTIVITY_INSTANCE_RUNNING_ACTIVITY_INSTANCES": "Pågående aktivitetsinstanser",
    "PLUGIN_ACTIVITY_INSTANCE_SHOW_CALLED_PROCESS_INSTANCES": "Visa anropade processinstanser",
    "PLUGIN_CALLED_PROCESS": "Anropad process",
    "PLUGIN_CALLED_PROCESS_ACTIVITY": "Aktivitet",
    "PLUGIN_CALLED_PROCESS_BUSINESS_KEY": "Ärendenyckel",
    "PLUGIN_CALLED_PROCESS_DEFINITIONS_LABEL": "Anropade processer",
    "PLUGIN_CALLED_PROCESS_EMPTY": "Inga anropade processer",
    "PLUGIN_CALLED_PROCESS_INSTANCE_LABEL": "Anropade processinstanser",
    "PLUGIN_CALLED_PROCESS_NO_PROCESS_INSTANCES": "Inga anropade processinstanser",
    "PLUGIN_CALLED_PROCESS_PROCESS_DEFINITION": "Process",
    "PLUGIN_CALLED_PROCESS_PROCESS_INSTANCE": "Anropad processinstans",
    "PLUGIN_CALLED_PROCESS_STATE": "Status",
    "PLUGIN_INCIDENTS_LABEL": "Incidenter",
    "PLUGIN_INCIDENTS_TAB_ACTION": "Åtgärd",
    "PLUGIN_INCIDENTS_TAB_ACTIVITY": "Aktivitet",
    "PLUGIN_INCIDENTS_TAB_CREATE_TIME": "Skapad",
    "PLUGIN_INCIDENTS_TAB_END_TIME": "Avslutad",
    "PLUGIN_INCIDENTS_TAB_MESSAGE": "Meddelande",
    "PLUGIN_INCIDENTS_TAB_NO_INCIDENTS": "Inga incidenter",
    "PLUGIN_INCIDENTS_TAB_STATE": "Status",
    "PLUGIN_INCIDENTS_TAB_TIMESTAMP": "Tidpunkt",
    "PLUGIN_INCIDENTS_TAB_TYPE": "Typ",
    "PLUGIN_JOBS": "Jobb",
    "PLUGIN_JOBS_LABEL": "Jobb",
    "PLUGIN_JOBS_NO_JOBS": "Inga jobb",
    "PLUGIN_JOBS_DATE": "Förfallodatum",
    "PLUGIN_JOBS_RETRIES": "Återförsök",
    "PLUGIN_JOB_DEFINITION_LABEL": "Jobbdefinitioner",
    "PLUGIN_PROCESS_DEF_ACTION": "Åtgärd",
    "PLUGIN_PROCESS_DEF_CALLED_PROCESS_DEFINITIONS": "Anropade processer",
    "PLUGIN_PROCESS_DEF_HISTORY_VIEW": "Historik",
    "PLUGIN_PROCESS_DEF_INCIDENTS": "Incidenter",
    "PLUGIN_PROCESS_DEF_LIST": "Lista",
    "PLUGIN_PROCESS_DEF_NAME": "Namn",
    "PLUGIN_PROCESS_DEF_KEY": "Nyckel",
    "PLUGIN_PROCESS_DEF_NO_PROCESS_DEF": "Inga processer är driftsatta",
    "PLUGIN_PROCESS_DEF_PREVIEWS": "Förhandsvisning",
    "PLUGIN_PROCESS_DEF_PREV_RUNNING_INSTANCE": "1 pågående instans",
    "PLUGIN_PROCESS_DEF_PREV_RUNNING_INSTANCES": "{{instances}} pågående instanser",
    "PLUGIN_PROCESS_DEF_PROCESS_DEFINITIONS_DEPLOYED": "processer driftsatta",
    "PLUGIN_PROCESS_DEF_PROCESS_DEFINITION_DEPLOYED": "process driftsatt",
    "PLUGIN_PROCESS_DEF_REPORT": "Rapport",
    "PLUGIN_PROCESS_DEF_RUNNING_INSTANCES": "Pågående instanser",
    "PLUGIN_PROCESS_DEF_STATE": "Status",
    "PLUGIN_PROCESS_DEF_TENANT_ID": "Kommun (tenant)",
    "PLUGIN_PROCESS_INSTANCES_LABEL": "Processinstanser",
    "PLUGIN_PROCESS_INSTANCE_BUSINESS_KEY": "Ärendenyckel",
    "PLUGIN_PROCESS_INSTANCE_ID": "Id",
    "PLUGIN_PROCESS_INSTANCE_NO_PROCESS": "Inga processinstanser matchar filtret.",
    "PLUGIN_PROCESS_INSTANCE_START_TIME": "Starttid",
    "PLUGIN_PROCESS_INSTANCE_STATE": "Status",
    "PLUGIN_PROCESS_INSTANCE_STATE_CANCELED_EXTERNALLY": "Avbruten utifrån",
    "PLUGIN_PROCESS_INSTANCE_STATE_CANCELED_INTERNALLY": "Avbruten inifrån",
    "PLUGIN_PROCESS_INSTANCE_STATE_COMPLETED": "Avslutad",
    "PLUGIN_PROCESS_INSTANCE_STATE_RUNNING": "Pågår",
    "PLUGIN_PROCESS_INSTANCE_STATE_RUNNING_WITH_INCIDENTS": "Pågår (med incidenter)",
    "PLUGIN_PROCESS_INSTANCE_SUSPENDED": "Pausad",
    "PLUGIN_PROCESS_INSTANCE_WITH_INCIDENTS": "Med incidenter",
    "PLUGIN_TASK_ASSIGNED_TO_ONE": "tilldelade en eller flera grupper",
    "PLUGIN_TASK_ASSIGNED_TO_USER": "tilldelade en person",
    "PLUGIN_TASK_ASSIGNED_UNASSIGNED": "ej tilldelade",
    "PLUGIN_TASK_ASSIGNED_WITHOUT_GROUP": "utan grupp",
    "PLUGIN_TASK_ASSIGNMENT_BY_GROUP": "Tilldelning per grupp",
    "PLUGIN_TASK_ASSIGNMENT_BY_TYPE": "Tilldelning per slag",
    "PLUGIN_TASK_DASHBOARD_TITLE": "Uppgifter",
    "PLUGIN_TASK_ERROR_OPEN_TASKS": "Öppna uppgifter",
    "PLUGIN_TASK_GROUP": "Grupp",
    "PLUGIN_TASK_LEGEND_FOOTER": "En uppgift kan ha flera grupper.",
    "PLUGIN_TASK_TASKS": "Uppgifter",
    "PLUGIN_TASK_TOTAL": "Totalt",
    "PLUGIN_TASK_TYPES": "Slag",
    "PLUGIN_USER_TASKS_ACTION": "Åtgärd",
    "PLUGIN_USER_TASKS_ACTIVITY": "Aktivitet",
    "PLUGIN_USER_TASKS_ASSIGNEE": "Handläggare",
    "PLUGIN_USER_TASKS_CREATED_DATE": "Skapad",
    "PLUGIN_USER_TASKS_DUE_DATE": "Förfallodatum",
    "PLUGIN_USER_TASKS_FOLLOW_UP_DATE": "Uppföljningsdatum",
    "PLUGIN_USER_TASKS_LABEL": "Uppgifter",
    "PLUGIN_USER_TASKS_LINK_TO_TASKLIST": "Öppna i Tasklist",
    "PLUGIN_USER_TASKS_NO_USER_TASKS": "Inga uppgifter",
    "PLUGIN_USER_TASKS_OWNER": "Ägare",
    "PLUGIN_USER_TASKS_PRIORITY": "Prioritet",
    "PLUGIN_USER_TASKS_TASK_ID": "Uppgiftens id",
    "PLUGIN_VARIABLE_ACTION": "Åtgärd",
    "PLUGIN_VARIABLE_INSTANCES_LABEL": "Variabler",
    "PLUGIN_VARIABLE_NAME": "Namn",
    "PLUGIN_VARIABLE_NO_PROCESS_VARIABLES": "Inga processvariabler",
    "PLUGIN_VARIABLE_SCOPE": "Omfång",
    "PLUGIN_VARIABLE_STATE": "Status",
    "PLUGIN_VARIABLE_TYPE": "Typ",
    "PLUGIN_VARIABLE_VALUE": "Värde",
    "PROCESS_INSTANCE": "Processinstans",
    "PROCESS_INSTANCE_ADD_CRITERIA": "Lägg till villkor",
    "PROCESS_INSTANCE_BUSINESS_KEY": "Ärendenyckel:",
    "PROCESS_INSTANCE_DEFINITION_ID": "Definitionens id:",
    "PROCESS_INSTANCE_DEFINITION_KEY": "Definitionens nyckel:",
    "PROCESS_INSTANCE_DEFINITION_NAME": "Process:",
    "PROCESS_INSTANCE_DEFINITION_VERSION": "Version:",
    "PROCESS_INSTANCE_DEPLOYMENT_ID": "Driftsättningens id:",
    "PROCESS_INSTANCE_FILTER": "Filter",
    "PROCESS_INSTANCE_HIDE_TABS": "Dölj flikar",
    "PROCESS_INSTANCE_INFORMATION": "Information",
    "PROCESS_INSTANCE_INSTANCE_ID": "Instansens id:",
    "PROCESS_INSTANCE_INSTANCE_VIEW": "Instansvy",
    "PROCESS_INSTANCE_MAXIMIZE_DIAGRAM": "Förstora diagrammet",
    "PROCESS_INSTANCE_PROCESSES": "Processer",
    "PROCESS_INSTANCE_RELATED": "Relaterat:",
    "PROCESS_INSTANCE_RESTORE_DEFAULT_SIZE": "Återställ diagrammets storlek",
    "PROCESS_INSTANCE_SHOW_TABS": "Visa flikar",
    "PROCESS_INSTANCE_SUPER_PROCESS_INSTANCE_ID": "Överordnad processinstans:",
    "PROCESS_INSTANCE_TENANT_ID": "Kommun (tenant):",
    "PROCESS_INSTANCE_TOOLTIP_BUSINESS_KEY": "Processinstansens ärendenyckel",
    "COCKPIT_BATCHES": "Batcher", "COCKPIT_DECISIONS": "Beslut", "COCKPIT_DEPLOYMENTS": "Driftsättningar",
    "COCKPIT_HUMAN_TASKS": "Uppgifter", "COCKPIT_MORE": "Mer", "COCKPIT_PROCESSES": "Processer", "COCKPIT_REPORTS": "Rapporter",
    "DECISION_DEFINITION_DECISIONS": "Beslut", "DECISION_INSTANCE_DECISIONS": "Beslut",
    "PROCESS_DEFINITION_PROCESSES": "Processer", "PROCESS_DEFINITION_REPORTS": "Rapporter", "PROCESS_PROCESSES": "Processer",
    "REPOSITORY_CONTROLLER_CAM_BREAD_CRUMB": "Driftsättningar", "TASKS": "Uppgifter", "TASKS_HUMAN_TASKS": "Uppgifter",
    "PLGN_HIST_INCIDENTS": "Incidenter",
}

ADMIN = {
    "ADMIN_APP": "Admin", "COCKPIT_APP": "Cockpit", "TASKLIST_APP": "Tasklist",
    "ABORT": "Avbryt", "CANCEL": "Avbryt", "CHANGE": "Ändra", "CLOSE": "Stäng", "DELETE": "Ta bort", "BACK": "Tillbaka",
    "ERROR": "Fel", "FILTER": "Filter", "FILTERS": "Filter", "LOADING": "Laddar…", "AN_ERROR_OCCURRED": "Ett fel uppstod",
    "DASHBOARD_DASHBOARD": "Översikt",
    "GENERIC_CONFIRMATION_CANCEL": "Avbryt", "GENERIC_CONFIRMATION_PROCEED": "Fortsätt", "GENERIC_CONFIRMATION_TITLE": "Bekräfta",
    "NOTIFICATIONS_STATUS_ERROR": "Fel", "NOTIFICATIONS_STATUS_FAILED": "Misslyckades",
    "NOTIFICATIONS_STATUS_PASSWORD": "Lösenord", "NOTIFICATIONS_STATUS_SUCCESS": "Klart",
    "PAGES_MSG_ACCESS_DENIED": "Du saknar behörighet att {{missingAuths}}.",
    "PAGES_MSG_NOT_FOUND": "Det du frågade efter finns inte.",
    "PAGES_STATUS_ACCESS_DENIED": "Åtkomst nekad", "PAGES_STATUS_NOT_FOUND": "Finns inte",
    "PAGINATION_FIRST": "Första", "PAGINATION_LAST": "Sista", "PAGINATION_NEXT": "Nästa", "PAGINATION_PREVIOUS": "Föregående",
    "AUTHORIZATION_ACTION": "Åtgärd", "AUTHORIZATION_AUTHORIZATION": "Behörighet", "AUTHORIZATION_AUTHORIZATIONS": "Behörigheter",
    "AUTHORIZATION_APPLICATION": "Program", "AUTHORIZATION_CREATE_NEW_AUTHORIZATION": "Ny behörighet",
    "AUTHORIZATION_DASHBOARD": "Översikt", "AUTHORIZATION_EMPTY": "Det finns inga behörigheter.",
    "AUTHORIZATION_GROUP": "Grupp", "AUTHORIZATION_GROUP_ID": "Gruppens id", "AUTHORIZATION_PERMISSIONS": "Rättigheter",
    "AUTHORIZATION_PROCESS_DEFINITION": "Process", "AUTHORIZATION_PROCESS_INSTANCE": "Processinstans",
    "AUTHORIZATION_RESOURCE": "Resurs", "AUTHORIZATION_RESOURCE_ID": "Resursens id", "AUTHORIZATION_TASK": "Uppgift",
    "AUTHORIZATION_TENANT": "Kommun (tenant)", "AUTHORIZATION_TENANT_MEMBERSHIP": "Medlemskap i kommun",
    "AUTHORIZATION_TYPE": "Typ", "AUTHORIZATION_USER": "Användare", "AUTHORIZATION_USER_GROUP": "Användare/grupp",
    "AUTHORIZATION_USER_ID": "Användarens id", "AUTHORIZATION_GROUP_MEMBERSHIP": "Gruppmedlemskap",
    "AUTHORIZATION_EDIT": "Ändra", "AUTHORIZATION_DELETE": "Ta bort",
    "GROUPS_ACTION": "Åtgärd", "GROUPS_ACTION_EDIT": "Ändra", "GROUPS_CREATE_GROUP": "Ny grupp", "GROUPS_CREATE_NEW": "Ny grupp",
    "GROUPS_GROUP": "Grupper", "GROUPS_GROUPS": "Grupper", "GROUPS_GROUP_ID": "Id", "GROUPS_GROUP_NAME": "Namn",
    "GROUPS_GROUP_TYPE": "Typ", "GROUPS_LIST_GROUPS": "Grupper", "GROUPS_LIST_OF_GROUPS": "Grupper",
    "GROUPS_NO_GROUPS": "Inga grupper hittades.",
    "GROUP_EDIT_GROUP": "Grupp {{group}}", "GROUP_EDIT_GROUPS": "Grupper", "GROUP_EDIT_GROUP_DETAILS": "Om gruppen",
    "GROUP_EDIT_GROUP_USERS": "Gruppens användare", "GROUP_EDIT_INFORMATION": "Information", "GROUP_EDIT_NAME": "Namn",
    "GROUP_EDIT_TENANTS_LINK": "Kommuner (tenants)", "GROUP_EDIT_USERS": "Användare", "GROUP_EDIT_USERNAME": "Användarnamn",
    "GROUP_EDIT_UPDATE_GROUP": "Spara gruppen", "GROUP_EDIT_DELETE_GROUP": "Ta bort gruppen",
    "SYSTEM_GENERAL": "Allmänt", "SYSTEM_GENERAL_SETTINGS": "Allmänna inställningar", "SYSTEM_PROCESS_ENGINE": "Processmotorn",
    "SYSTEM_PROCESS_RUNNING": "är igång.", "SYSTEM_SYSTEM": "System", "SYSTEM_SYSTEM_SETTINGS": "Systeminställningar",
    "TENANTS_ACTION": "Åtgärd", "TENANTS_CANCEL": "Avbryt", "TENANTS_CREATE_NEW": "Ny kommun (tenant)",
    "TENANTS_CREATE_TENANT": "Ny kommun (tenant)", "TENANTS_EDIT": "Ändra", "TENANTS_GROUPS": "Grupper",
    "TENANTS_INFORMATION": "Information", "TENANTS_LIST_OF_TENANTS": "Kommuner (tenants)",
    "TENANTS_LIST_TENANTS": "Kommuner (tenants)", "TENANTS_NAME": "Namn", "TENANTS_NO_TENANTS": "Inga kommuner hittades.",
    "TENANTS_TENANT": "Kommun (tenant)", "TENANTS_TENANTS": "Kommuner (tenants)", "TENANTS_TENANT_GROUPS": "Kommunens grupper",
    "TENANTS_TENANT_USERS": "Kommunens användare", "TENANTS_USERNAME": "Användarnamn", "TENANTS_USERS": "Användare",
    "USERS_ACCOUNT": "Konto", "USERS_ACTION": "Åtgärd", "USERS_ADD_TO_A_GROUP": "Lägg till i en grupp",
    "USERS_ADD_TO_A_TENANT": "Lägg till i en kommun (tenant)", "USERS_ADD_USER": "Lägg till användare", "USERS_CANCEL": "Avbryt",
    "USERS_CHANGE_PASSWORD": "Byt lösenord", "USERS_CREATE": "Skapa", "USERS_CREATE_NEW": "Ny användare",
    "USERS_CREATE_NEW_USER": "Ny användare", "USERS_CREATE_USER": "Skapa användaren", "USERS_DELETE_USER": "Ta bort användaren",
    "USERS_EDIT": "Ändra", "USERS_EMAIL": "E-post", "USERS_EMAIL_INVALID": "Ogiltig e-postadress.", "USERS_FIRSTNAME": "Förnamn*",
    "USERS_FIRSTNAME_REQUIRED": "Förnamn måste anges.", "USERS_GROUPS": "Grupper", "USERS_GROUP_ID": "Gruppens id",
    "USERS_GROUP_NAME": "Gruppens namn", "USERS_GROUP_TYPE": "Grupptyp", "USERS_ID": "Id", "USERS_LASTNAME": "Efternamn*",
    "USERS_LASTNAME_REQUIRED": "Efternamn måste anges.", "USERS_LIST_OF_USERS": "Användare", "USERS_LIST_USERS": "Användare",
    "USERS_MY_PROFILE": "Min profil", "USERS_NAME": "Namn", "USERS_NEW_PASSWORD": "Nytt lösenord*:",
    "USERS_NEW_PASSWORD_REPEAT": "Nytt lösenord (igen)*:", "USERS_NOT_FOUND": "Inga användare hittades.",
    "USERS_OLD_PASSWORD": "Nuvarande lösenord*:", "USERS_PASSWORD": "Lösenord*:", "USERS_PASSWORDS_NOT_EQUAL": "Lösenorden måste vara lika.",
    "USERS_PASSWORD_CHANGED": "Lösenordet är bytt.", "USERS_PASSWORD_REPEAT": "Lösenord (igen)*:",
    "USERS_PASSWORD_REQUIRED": "Lösenord måste anges.", "USERS_PROFILE": "Profil", "USERS_REMOVE": "Ta bort",
    "USERS_TENANTS": "Kommuner (tenants)", "USERS_TENANT_ID": "Kommunens id", "USERS_TENANT_NAME": "Kommunens namn",
    "USERS_UPDATE_PROFILE": "Spara profilen", "USERS_USER": "Användare", "USERS_USERNAME": "Användarnamn", "USERS_USERS": "Användare",
    "USERS_USER_ACCOUNT": "Användarkonto", "USERS_USER_ID": "Användarens id*", "USERS_USER_PROFILE": "Användarprofil",
    "USERS_WARNING": "Varning:", "USERS_UNLOCK_USER": "Lås upp användaren",
    "AUTHORIZATION_MANAGE_AUTHORIZATIONS": "Hantera behörigheter", "DIAGNOSTICS": "Diagnostik",
    "EXECUTION_METRICS": "Körningsmått",
}


def camunda_version():
    return re.search(r"<camunda.version>([^<]+)</camunda.version>", (ROOT / "pom.xml").read_text()).group(1)


def maven_repository():
    for argument in sys.argv[1:]:
        if argument.startswith("--repository="):
            return pathlib.Path(argument.split("=", 1)[1])
    return pathlib.Path.home() / ".m2/repository"


def english_labels(app):
    version = camunda_version()
    jar = (maven_repository() / "org/camunda/bpm/webapp/camunda-webapp-webjar" / version
           / f"camunda-webapp-webjar-{version}.jar")
    with zipfile.ZipFile(jar) as z:
        raw = z.read(f"META-INF/resources/webjars/camunda/app/{app}/locales/en.json").decode("utf-8-sig")
    return json.loads(raw)["labels"]


def table():
    translations = {}
    for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        english, sep, swedish = line.partition("\t")
        if not sep or not swedish:
            sys.exit(f"{TABLE.name}:{number}: expected 'English<TAB>Swedish'")
        if english in translations and translations[english] != swedish:
            sys.exit(f"{TABLE.name}:{number}: '{english}' translated twice, differently")
        translations[english.replace("\\n", "\n")] = swedish.replace("\\n", "\n")
    return translations


def swedish(app, by_key):
    by_english = table()
    labels, missing = {}, []
    for key, english in english_labels(app).items():
        if key in by_key:
            labels[key] = by_key[key]
        elif english == "":
            labels[key] = ""  # Camunda's own label is empty (e.g. NO_TASK_FORM)
        elif english in by_english:
            labels[key] = by_english[english]
        else:
            missing.append(f"{key}\t{english}")
    if missing:
        sys.exit(f"{app}: no Swedish for {len(missing)} labels; add them to {TABLE.relative_to(ROOT)}:\n"
                 + "\n".join(missing))
    return labels


def render(labels):
    with open(APPS / "tasklist/locales/sv.json", encoding="utf-8-sig") as f:
        date_locales = json.load(f)["dateLocales"]
    out = {"dateLocales": date_locales, "labels": dict(sorted(labels.items()))}
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    check = "--check" in sys.argv[1:]
    differ = False
    for app, by_key in (("cockpit", {**COMMON, **COCKPIT}), ("admin", {**COMMON, **ADMIN})):
        labels = swedish(app, by_key)
        text = render(labels)
        target = APPS / app / "locales" / "sv.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.relative_to(ROOT)} is not what tools/webapp-locales.py writes")
                differ = True
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(labels)} labels")
    sys.exit(1 if differ else 0)
