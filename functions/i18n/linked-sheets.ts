/** Linked Google Sheets (the nightly sync) — words users see. */
export const lt = {
  'linkedSheets.badSpreadsheetId':
    'Netinkamas skaičiuoklės ID: tai 20–100 raidžių, skaitmenų, „-“ ar „_“ dalis iš nuorodos tarp /d/ ir /edit.',
  'linkedSheets.badSheetName':
    'Lapo pavadinimas privalomas, ne ilgesnis kaip {max} simbolių ir be ženklų [ ] * ? / \\ :.',
  'linkedSheets.resultsIsResponses':
    'Rezultatų lapas turi būti kitas nei atsakymų lapas: jo turinys kas naktį pakeičiamas.',
  'linkedSheets.notConfigured':
    'Susietos „Google“ skaičiuoklės šiame diegime neįjungtos (nėra nuorodų rodyklės).',
  'linkedSheets.state.pending': 'dar nesinchronizuota',
  'linkedSheets.state.ok': 'sinchronizuojama',
  'linkedSheets.state.flagged': 'laukia žmogaus sprendimo',
  'linkedSheets.state.failing': 'paskutinis bandymas nepavyko',
  'linkedSheets.flag.reason.rejectedCells': 'naujose eilutėse yra netinkamų langelių',
  'linkedSheets.flag.reason.conflicts': 'klausimo tipas ar skalė pasikeitė',
  'linkedSheets.flag.reason.headersChanged': 'pakeista klausimo antraštė',
  'linkedSheets.flag.rejectedCells':
    'Naujose eilutėse netinkamų langelių: {count}. Pataisykite juos lape (arba importuokite rankiniu būdu) – tada naktinis sinchronizavimas įrašys eilutes.',
  'linkedSheets.flag.rejectedCell': '{cell} („{header}“): reikšmė „{value}“ netinka.',
  'linkedSheets.flag.headersChanged':
    'Atrodo, kad klausimas pervadintas: lape atsirado „{added}“, dingo „{missing}“. Niekas neįrašyta, kad vieno klausimo atsakymai nepasidalytų į du. Grąžinkite antraštę, praleiskite stulpelį žemėlapyje arba vieną kartą importuokite rankiniu būdu, jei tai naujas klausimas.',
  'linkedSheets.error.notShared':
    'Skaičiuoklė nepasiekiama: ji nebendrinama su paslaugos paskyra arba tokios nėra. Bendrinkite ją su {email} (skaitymo ir redagavimo teisė).',
  'linkedSheets.error.sheetMissing': 'Skaičiuoklėje nėra nurodyto lapo (gal jis pervadintas?).',
  'linkedSheets.error.quota':
    '„Google Sheets“ užklausų kvota išnaudota net po pakartojimų; bus bandoma kitą naktį.',
  'linkedSheets.error.unavailable':
    '„Google Sheets“ neatsakė ar atsakė klaida net po pakartojimų; bus bandoma kitą naktį.',
  'linkedSheets.error.badCredentials':
    'Paslaugos paskyros raktas netinkamas ar atšauktas: administratorius turi įrašyti naują raktą į paslaptį.',
  'linkedSheets.error.unexpectedResponse':
    '„Google Sheets“ atsakė netikėtai; bus bandoma kitą naktį.',
  'linkedSheets.error.notConfigured':
    'Paslaugos paskyros raktas nenurodytas: sinchronizavimas neįmanomas, kol administratorius jo neįrašys.',
  'linkedSheets.error.surveyMissing': 'Susieta apklausa ištrinta.',
  'linkedSheets.error.conflict':
    'Apklausa tuo pat metu pakeista kitur; niekas neįrašyta, bus bandoma kitą naktį.',
  'linkedSheets.error.internal': 'Netikėta klaida; niekas neprarasta, bus bandoma kitą naktį.',
  'linkedSheets.serviceAccount.unknown':
    'Paslaugos paskyra dar nežinoma: ji parodoma po pirmojo naktinio sinchronizavimo.',
  'linkedSheets.results.updated': 'Atnaujinta',
  'linkedSheets.results.keyIndicators': 'Pagrindiniai rodikliai',
  'linkedSheets.results.responses': 'Atsakymų',
  'linkedSheets.results.population': 'Tikslinės grupės dydis',
  'linkedSheets.results.responseRate': 'Atsako dalis, %',
  'linkedSheets.results.domainScore': '{domain}: balas (0–100)',
  'linkedSheets.results.domainTopTwoBox': 'teigiamų, %',
  'linkedSheets.results.suppressed': 'paslėpta (mažiau nei {minimum} atsakymai)',
  'linkedSheets.results.column.question': 'Klausimas',
  'linkedSheets.results.column.kind': 'Tipas',
  'linkedSheets.results.column.n': 'n',
  'linkedSheets.results.column.mean': 'Vidurkis',
  'linkedSheets.results.column.median': 'Mediana',
  'linkedSheets.results.column.topTwoBox': 'Teigiamų (2 aukščiausi), %',
  'linkedSheets.results.column.nps': 'NPS',
  'linkedSheets.results.column.distribution': 'Pasiskirstymas',
  'cli.sync.usage':
    'ciklas sync [--org <id>] [--link <apklausos id>] [--lang en]   (vietinis DynamoDB; CIKLAS_GOOGLE_CREDENTIALS – rakto failas)',
  'cli.sync.none': 'Susietų skaičiuoklių nėra.',
  'cli.sync.committed':
    '{org} {year}/{survey}: įrašyta naujų {added}, jau buvo {alreadyImported} (perskaityta eilučių {rowsRead}).',
  'cli.sync.nothingNew': '{org} {year}/{survey}: naujų eilučių nėra (perskaityta {rowsRead}).',
  'cli.sync.flagged': '{org} {year}/{survey}: laukia žmogaus – {reason}. Nieko neįrašyta.',
  'cli.sync.failed': '{org} {year}/{survey}: nepavyko – {message}',
  'cli.sync.unlinked': '{org} {year}/{survey}: nuoroda nebegalioja, pašalinta iš sąrašo.',
  'cli.sync.noCredentials':
    'CIKLAS_GOOGLE_CREDENTIALS nenurodytas: nurodykite paslaugos paskyros JSON rakto failą.',
  'cli.sync.badCredentials': 'Rakto failas {file} netinkamas: {reason}',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'linkedSheets.badSpreadsheetId':
    'Not a spreadsheet id: the 20–100 letters, digits, "-" or "_" between /d/ and /edit in the link.',
  'linkedSheets.badSheetName':
    'A sheet name is required, at most {max} characters, without [ ] * ? / \\ :.',
  'linkedSheets.resultsIsResponses':
    'The results sheet must differ from the responses sheet: its content is replaced each night.',
  'linkedSheets.notConfigured':
    'Linked Google Sheets are not enabled in this deployment (no link index).',
  'linkedSheets.state.pending': 'not synced yet',
  'linkedSheets.state.ok': 'in sync',
  'linkedSheets.state.flagged': 'waiting for a person',
  'linkedSheets.state.failing': 'the last run failed',
  'linkedSheets.flag.reason.rejectedCells': 'new rows have rejected cells',
  'linkedSheets.flag.reason.conflicts': "a question's kind or scale changed",
  'linkedSheets.flag.reason.headersChanged': 'a question header was renamed',
  'linkedSheets.flag.rejectedCells':
    'Rejected cells in new rows: {count}. Correct them in the sheet (or import by hand) and the nightly sync will store the rows.',
  'linkedSheets.flag.rejectedCell': '{cell} ("{header}"): the value "{value}" is not accepted.',
  'linkedSheets.flag.headersChanged':
    'A question looks renamed: the sheet now has "{added}" and no longer "{missing}". Nothing was stored, so that one question\'s answers do not split in two. Restore the header, skip the column in the mapping, or import once by hand if it is a new question.',
  'linkedSheets.error.notShared':
    'The spreadsheet cannot be reached: it is not shared with the service account, or it does not exist. Share it with {email} (editor).',
  'linkedSheets.error.sheetMissing': 'The spreadsheet has no sheet of that name (was it renamed?).',
  'linkedSheets.error.quota':
    'The Google Sheets quota was still exhausted after retries; the next night tries again.',
  'linkedSheets.error.unavailable':
    'Google Sheets did not answer, or answered an error, even after retries; the next night tries again.',
  'linkedSheets.error.badCredentials':
    "The service account's key is invalid or revoked: an administrator must put a new key in the secret.",
  'linkedSheets.error.unexpectedResponse':
    'Google Sheets answered something unexpected; the next night tries again.',
  'linkedSheets.error.notConfigured':
    'No service account key is configured: nothing can sync until an administrator puts one in.',
  'linkedSheets.error.surveyMissing': 'The linked survey was deleted.',
  'linkedSheets.error.conflict':
    'The survey was changed elsewhere at the same moment; nothing was stored, the next night tries again.',
  'linkedSheets.error.internal':
    'An unexpected error; nothing was lost, the next night tries again.',
  'linkedSheets.serviceAccount.unknown':
    'The service account is not known yet: it shows after the first nightly sync.',
  'linkedSheets.results.updated': 'Updated',
  'linkedSheets.results.keyIndicators': 'Key indicators',
  'linkedSheets.results.responses': 'Responses',
  'linkedSheets.results.population': 'Population surveyed',
  'linkedSheets.results.responseRate': 'Response rate, %',
  'linkedSheets.results.domainScore': '{domain}: score (0–100)',
  'linkedSheets.results.domainTopTwoBox': 'positive, %',
  'linkedSheets.results.suppressed': 'suppressed (fewer than {minimum} responses)',
  'linkedSheets.results.column.question': 'Question',
  'linkedSheets.results.column.kind': 'Kind',
  'linkedSheets.results.column.n': 'n',
  'linkedSheets.results.column.mean': 'Mean',
  'linkedSheets.results.column.median': 'Median',
  'linkedSheets.results.column.topTwoBox': 'Top-2-box, %',
  'linkedSheets.results.column.nps': 'NPS',
  'linkedSheets.results.column.distribution': 'Distribution',
  'cli.sync.usage':
    'ciklas sync [--org <id>] [--link <survey id>] [--lang en]   (local DynamoDB; CIKLAS_GOOGLE_CREDENTIALS: the key file)',
  'cli.sync.none': 'No linked spreadsheets.',
  'cli.sync.committed':
    '{org} {year}/{survey}: {added} new stored, {alreadyImported} already held ({rowsRead} rows read).',
  'cli.sync.nothingNew': '{org} {year}/{survey}: no new rows ({rowsRead} read).',
  'cli.sync.flagged': '{org} {year}/{survey}: waiting for a person – {reason}. Nothing stored.',
  'cli.sync.failed': '{org} {year}/{survey}: failed – {message}',
  'cli.sync.unlinked': '{org} {year}/{survey}: the link is gone; dropped from the list.',
  'cli.sync.noCredentials':
    'CIKLAS_GOOGLE_CREDENTIALS is not set: name the service account JSON key file.',
  'cli.sync.badCredentials': 'The key file {file} is not usable: {reason}',
};
