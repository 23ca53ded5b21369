/** Every word the add-on shows, in Lithuanian (default) and English. */
import type { Lang } from './sidebar-contract';

export const lt = {
  'menu.connect': 'Prisijungti',
  'menu.insert': 'Įterpti lapą',
  'menu.pull': 'Atsisiųsti (Pull)',
  'menu.push': 'Išsiųsti pakeitimus (Push)',
  'menu.import': 'Importuoti apklausos atsakymus',
  'menu.sidebar': 'Atverti šoninį skydelį',
  title: 'Ciklas',
  'connect.urlPrompt': 'Ciklas API adresas (pvz., {example}):',
  'connect.tokenPrompt':
    'Jūsų asmeninis prieigos raktas (ckl_…). Jis saugomas tik jūsų naudotojo nustatymuose, ne lape.',
  'connect.urlNotAllowed': 'Adresas „{url}“ neleidžiamas. Leidžiami: {allowed}.',
  'connect.urlInvalid': 'Netinkamas adresas: „{url}“. Įrašykite visą adresą, pvz., {example}.',
  'connect.tokenEmpty': 'Neįrašytas prieigos raktas.',
  'connect.ok': 'Prisijungta: {user} ({organisation}).',
  'connect.cancelled': 'Prisijungimas atšauktas.',
  'error.notConnected': 'Pirmiausia prisijunkite: meniu Ciklas → Prisijungti.',
  'error.unauthorized':
    'Prieigos raktas netinka arba nebegalioja. Susikurkite naują ir prisijunkite iš naujo.',
  'error.network': 'Nepavyko susisiekti su Ciklas ({url}). Patikrinkite interneto ryšį ir adresą.',
  'error.unexpected':
    'Įvyko netikėta klaida. Bandykite dar kartą; jei kartojasi, praneškite administratoriui.',
  'error.server': 'Ciklas atsakė klaida ({status}). Bandykite vėliau.',
  'error.notCiklasSheet': 'Šis lapas nėra Ciklas lapas. Įterpkite jį: meniu Ciklas → Įterpti lapą.',
  'error.sheetChanged':
    'Lapo „{sheet}“ stulpeliai pakeisti (trūksta „{header}“). Įterpkite lapą iš naujo.',
  'error.tooLarge': 'Per daug duomenų vienam nustatymui ({what}).',
  'error.noSheet': 'Lapo „{sheet}“ nėra.',
  'insert.entityPrompt': 'Kurį lapą įterpti? Įrašykite numerį:\n{list}',
  'insert.yearPrompt': 'Kurių metų ciklas?',
  'insert.badChoice': 'Tokio pasirinkimo nėra: „{value}“.',
  'insert.badYear': 'Netinkami metai: „{value}“.',
  'insert.done': 'Įterptas lapas „{sheet}“: {rows} eil.',
  'pull.overwrite':
    'Lape „{sheet}“ yra {count} neišsiųstų pakeitimų. Atsisiuntus jie bus perrašyti. Tęsti?',
  'pull.done': 'Atsisiųsta {rows} eil. į lapą „{sheet}“.',
  'pull.cancelled': 'Atsisiuntimas atšauktas; lapas nepakeistas.',
  'push.nothing': 'Nėra ką siųsti: lape „{sheet}“ nuo paskutinio atsisiuntimo nieko nepakeista.',
  'push.confirmDelete':
    'Iš lapo „{sheet}“ pašalintos {count} eilutės, kurios yra Ciklas sistemoje. Ištrinti jas ir Ciklas sistemoje?\nTaip – ištrinti; Ne – palikti (jos vėl atsiras kitą kartą atsisiuntus).',
  'push.done':
    'Išsiųsta: pritaikyta {applied}, nepakeista {unchanged}, konfliktų {conflict}, atmesta {rejected}, ištrinta {deleted}.',
  'push.conflictNote':
    'Kitas naudotojas pakeitė šį langelį. Ciklas sistemoje: {server}\nJūsų: {mine}\nPasirinkite šoniniame skydelyje: mano ar sistemos.',
  'push.rejectedNote': 'Atmesta: {message}',
  'push.deleteConflict':
    'Eilutė {id} nebuvo ištrinta: kitas naudotojas ją pakeitė. Atsisiųskite lapą iš naujo.',
  'push.deleteRejected': 'Eilutė {id} nebuvo ištrinta: {message}',
  'progress.push': 'Siunčiamos eilutės',
  'progress.import': 'Importuojami apklausos atsakymai',
  'resolve.noConflict': 'Eilutėje {row} neišspręstų konfliktų nėra.',
  empty: '(tuščia)',
  'import.sheetPrompt':
    'Kurio lapo atsakymus importuoti? (Google Forms atsakymų lapas šioje skaičiuoklėje)',
  'import.yearPrompt': 'Kurių metų ciklo apklausa?',
  'import.surveyPrompt': 'Į kurią apklausą importuoti? Įrašykite numerį:\n{list}',
  'import.noSurveys':
    '{year} m. cikle apklausų nėra. Pirmiausia aprašykite apklausą Ciklas sistemoje.',
  'import.empty': 'Lapas „{sheet}“ tuščias.',
  'import.preview':
    'Apklausa „{survey}“, lapas „{sheet}“ ({family}).\nEilučių: {rows}; naujų atsakymų: {new}; jau importuota: {already}; atmestų langelių: {rejected}.{details}\nImportuoti?',
  'import.cannotCommit': 'Importuoti negalima: {reason}',
  'import.done': 'Importuota naujų atsakymų: {added}; jau buvo: {already}.',
  'import.cancelled': 'Importas atšauktas; nieko neįrašyta.',
  'import.nothingNew':
    'Naujų atsakymų nėra: visi {already} lapo „{sheet}“ atsakymai jau importuoti į apklausą „{survey}“.',
  'column.meta': 'Ciklas (nekeisti)',
  'protect.description': 'Ciklas: šių stulpelių nekeiskite',
  'entity.plan-items': 'Skyrių planai',
  'entity.proposals': 'Pasiūlymai, skundai',
  'entity.needs': 'Kompetencijų poreikiai',
  'entity.training': 'Mokymų planas',
  'entity.actions': 'Tobulinimo priemonės',
  'entity.projects': 'Projektai ir partnerystės',
  'entity.support-goals': 'Individualių planų tikslai',
} as const;

export type MessageKey = keyof typeof lt;

export const en: Record<MessageKey, string> = {
  'menu.connect': 'Connect',
  'menu.insert': 'Insert sheet',
  'menu.pull': 'Pull',
  'menu.push': 'Push changes',
  'menu.import': 'Import survey responses',
  'menu.sidebar': 'Open sidebar',
  title: 'Ciklas',
  'connect.urlPrompt': 'The Ciklas API address (e.g. {example}):',
  'connect.tokenPrompt':
    'Your personal access token (ckl_…). It is kept only in your user settings, never in the sheet.',
  'connect.urlNotAllowed': 'The address “{url}” is not allowed. Allowed: {allowed}.',
  'connect.urlInvalid': 'Not a valid address: “{url}”. Enter the whole address, e.g. {example}.',
  'connect.tokenEmpty': 'No access token entered.',
  'connect.ok': 'Connected: {user} ({organisation}).',
  'connect.cancelled': 'Connecting was cancelled.',
  'error.notConnected': 'Connect first: menu Ciklas → Connect.',
  'error.unauthorized':
    'The access token is not valid or has expired. Create a new one and connect again.',
  'error.network': 'Could not reach Ciklas ({url}). Check the internet connection and the address.',
  'error.unexpected':
    'Something unexpected went wrong. Try again; if it keeps happening, tell your administrator.',
  'error.server': 'Ciklas answered with an error ({status}). Try again later.',
  'error.notCiklasSheet': 'This is not a Ciklas sheet. Insert one: menu Ciklas → Insert sheet.',
  'error.sheetChanged':
    'The columns of sheet “{sheet}” were changed (“{header}” is missing). Insert the sheet again.',
  'error.tooLarge': 'Too much data for one setting ({what}).',
  'error.noSheet': 'There is no sheet “{sheet}”.',
  'insert.entityPrompt': 'Which sheet to insert? Enter its number:\n{list}',
  'insert.yearPrompt': 'The cycle of which year?',
  'insert.badChoice': 'No such choice: “{value}”.',
  'insert.badYear': 'Not a valid year: “{value}”.',
  'insert.done': 'Inserted sheet “{sheet}”: {rows} rows.',
  'pull.overwrite':
    'Sheet “{sheet}” has {count} changes not pushed yet. Pulling overwrites them. Continue?',
  'pull.done': 'Pulled {rows} rows into sheet “{sheet}”.',
  'pull.cancelled': 'Pull cancelled; the sheet is unchanged.',
  'push.nothing': 'Nothing to push: nothing in sheet “{sheet}” changed since the last pull.',
  'push.confirmDelete':
    '{count} rows that exist in Ciklas were removed from sheet “{sheet}”. Delete them in Ciklas too?\nYes – delete; No – keep them (they come back on the next pull).',
  'push.done':
    'Pushed: {applied} applied, {unchanged} unchanged, {conflict} conflicts, {rejected} rejected, {deleted} deleted.',
  'push.conflictNote':
    'Someone else changed this cell. In Ciklas: {server}\nYours: {mine}\nChoose in the sidebar: yours or the server’s.',
  'push.rejectedNote': 'Rejected: {message}',
  'push.deleteConflict': 'Row {id} was not deleted: someone else changed it. Pull the sheet again.',
  'push.deleteRejected': 'Row {id} was not deleted: {message}',
  'progress.push': 'Pushing rows',
  'progress.import': 'Importing survey responses',
  'resolve.noConflict': 'Row {row} has no unresolved conflict.',
  empty: '(empty)',
  'import.sheetPrompt':
    'Import the responses of which sheet? (a Google Forms responses sheet in this spreadsheet)',
  'import.yearPrompt': 'The survey of which year’s cycle?',
  'import.surveyPrompt': 'Import into which survey? Enter its number:\n{list}',
  'import.noSurveys': 'The {year} cycle has no surveys. Describe the survey in Ciklas first.',
  'import.empty': 'Sheet “{sheet}” is empty.',
  'import.preview':
    'Survey “{survey}”, sheet “{sheet}” ({family}).\nRows: {rows}; new responses: {new}; already imported: {already}; rejected cells: {rejected}.{details}\nImport?',
  'import.cannotCommit': 'Cannot import: {reason}',
  'import.done': 'New responses imported: {added}; already there: {already}.',
  'import.cancelled': 'Import cancelled; nothing stored.',
  'import.nothingNew':
    'No new responses: all {already} responses of sheet “{sheet}” are already in survey “{survey}”.',
  'column.meta': 'Ciklas (do not edit)',
  'protect.description': 'Ciklas: do not edit these columns',
  'entity.plan-items': 'Unit plans',
  'entity.proposals': 'Proposals, complaints',
  'entity.needs': 'Competence needs',
  'entity.training': 'Training plan',
  'entity.actions': 'Improvement actions',
  'entity.projects': 'Projects and partnerships',
  'entity.support-goals': 'Support plan goals',
};

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { lt, en };

export const t = (
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string =>
  CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** lt when the user's locale is Lithuanian, else en. */
export const langFromLocale = (locale: string | null | undefined): Lang =>
  (locale ?? '').toLowerCase().startsWith('lt') ? 'lt' : 'en';
