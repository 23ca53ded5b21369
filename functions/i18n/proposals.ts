/** Proposals, suggestions and complaints: words users see. */
export const lt = {
  'proposals.kind.proposal': 'Darbuotojo pasiūlymas',
  'proposals.kind.suggestion': 'Paslaugų gavėjo pasiūlymas',
  'proposals.kind.complaint': 'Skundas',

  'proposals.source.staffMeeting': 'Darbuotojų susirinkimas',
  'proposals.source.annualReview': 'Kasmetinis veiklos vertinimas',
  'proposals.source.suggestionBox': 'Skundų ir pasiūlymų dėžutė',
  'proposals.source.other': 'Kita',

  'proposals.category.services': 'Paslaugos',
  'proposals.category.activities': 'Užimtumas ir veiklos',
  'proposals.category.staff': 'Darbuotojai',
  'proposals.category.communication': 'Bendravimas ir informavimas',
  'proposals.category.environment': 'Aplinka ir patalpos',
  'proposals.category.safety': 'Saugumas',
  'proposals.category.food': 'Maitinimas',
  'proposals.category.rights': 'Paslaugų gavėjų teisės',
  'proposals.category.other': 'Kita',

  'proposals.status.new': 'Nauja',
  'proposals.status.accepted': 'Priimta',
  'proposals.status.rejected': 'Atmesta',
  'proposals.status.merged': 'Sujungta',

  'proposals.sheet.title': 'Pasiūlymai ir skundai',
  'proposals.col.kind': 'Rūšis',
  'proposals.col.source': 'Šaltinis',
  'proposals.col.unit': 'Skyrius (tuščia – visa įstaiga)',
  'proposals.col.text': 'Pasiūlymo ar skundo turinys',
  'proposals.col.category': 'Sritis',
  'proposals.col.receivedOn': 'Gavimo data',
  'proposals.col.submittedBy': 'Pateikęs darbuotojas',
  'proposals.col.recipientCode': 'Paslaugų gavėjo kodas',
  'proposals.col.anonymous': 'Anonimiškai',
  'proposals.col.responseDueOn': 'Atsakyti iki',
  'proposals.col.status': 'Būsena (nekeisti)',
  'proposals.col.reason': 'Sprendimo priežastis (nekeisti)',
  'proposals.col.response': 'Atsakymas (nekeisti)',
  'proposals.col.respondedOn': 'Atsakymo data (nekeisti)',
  'proposals.yes': 'Taip',
  'proposals.no': 'Ne',

  'proposals.boxIsForRecipients':
    'Į skundų ir pasiūlymų dėžutę rašo paslaugų gavėjai: pasirinkite rūšį „Paslaugų gavėjo pasiūlymas“ arba „Skundas“.',
  'proposals.staffSourceIsForStaff':
    'Darbuotojų susirinkime ir kasmetiniame veiklos vertinime teikiami darbuotojų pasiūlymai, ne paslaugų gavėjų pasiūlymai ar skundai.',
  'proposals.recipientNotNamed':
    'Paslaugų gavėjo vardo nurodyti negalima: nurodykite jo kodą (recipientCode) arba pažymėkite, kad pateikta anonimiškai.',
  'proposals.anonymousNamed': 'Anoniminiame pasiūlyme negali būti nurodytas teikėjo vardas.',
  'proposals.recipientCodeForStaff':
    'Paslaugų gavėjo kodas nurodomas tik paslaugų gavėjų pasiūlymuose ir skunduose.',
  'proposals.personalCode':
    'Tai panašu į asmens kodą. Paslaugų gavėjas nurodomas tik pseudonimo kodu (pvz., VG-014), niekada asmens kodu.',
  'proposals.anonymousWithCode':
    'Anoniminis pasiūlymas ar skundas negali turėti paslaugų gavėjo kodo: pašalinkite kodą arba anonimiškumo žymą.',
  'proposals.codeOrAnonymous':
    'Nurodykite paslaugų gavėjo kodą arba pažymėkite, kad pasiūlymas ar skundas pateiktas anonimiškai.',
  'proposals.complaintsOnly': 'Atsakymo terminas nustatomas tik skundams.',
  'proposals.beforeReceived': 'Data negali būti ankstesnė už gavimo datą ({receivedOn}).',
  'proposals.reasonRequired': 'Atmetant būtina nurodyti priežastį.',
  'proposals.mergedIntoRequired': 'Sujungiant nurodykite įrašą, su kuriuo sujungiama (mergedInto).',
  'proposals.mergedIntoSelf': 'Įrašo negalima sujungti su juo pačiu.',
  'proposals.mergedIntoMissing': '{year} m. cikle įrašo {id} nėra.',
  'proposals.mergedIntoMerged': 'Įrašas {id} jau sujungtas su {target}; sujunkite su pastaruoju.',
  'proposals.mergedIntoOnlyForMerged': 'Įrašas, su kuriuo sujungiama, nurodomas tik sujungiant.',
  'proposals.outcomeOnlyForAccepted':
    'Plano įrašą ar tobulinimo priemonę, kuria virto pasiūlymas, galima nurodyti tik priimtam pasiūlymui.',
  'proposals.notNew': 'Dėl šio įrašo jau priimtas sprendimas, todėl jo turinio keisti nebegalima.',
  'proposals.alreadyDecided':
    'Dėl šio įrašo sprendimas jau priimtas; jį pakeisti gali tik direktoriaus pavaduotojas socialiniam darbui arba direktorius.',
  'proposals.notComplaint': 'Atsakymas registruojamas tik skundams.',
  'proposals.alreadyResponded':
    'Į šį skundą jau atsakyta; atsakymą pakeisti gali tik direktoriaus pavaduotojas socialiniam darbui arba direktorius.',
  'proposals.forbidden.register':
    'Registruoti galite tik savo skyriaus arba visos įstaigos pasiūlymus ir skundus.',
  'proposals.forbidden.edit':
    'Keisti gali tik įrašą užregistravęs darbuotojas, jo skyriaus vadovas, direktoriaus pavaduotojas socialiniam darbui arba direktorius.',
  'proposals.forbidden.decide':
    'Spręsti gali tik to skyriaus vadovas; dėl visos įstaigos įrašų – direktoriaus pavaduotojas socialiniam darbui arba direktorius.',
  'proposals.forbidden.respond':
    'Į skundą atsako to skyriaus vadovas; į visos įstaigos skundus – direktoriaus pavaduotojas socialiniam darbui arba direktorius.',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'proposals.kind.proposal': 'Staff proposal',
  'proposals.kind.suggestion': 'Service recipient’s suggestion',
  'proposals.kind.complaint': 'Complaint',

  'proposals.source.staffMeeting': 'Staff meeting',
  'proposals.source.annualReview': 'Annual performance review',
  'proposals.source.suggestionBox': 'Complaints and suggestions box',
  'proposals.source.other': 'Other',

  'proposals.category.services': 'Services',
  'proposals.category.activities': 'Activities and leisure',
  'proposals.category.staff': 'Staff',
  'proposals.category.communication': 'Communication and information',
  'proposals.category.environment': 'Environment and premises',
  'proposals.category.safety': 'Safety',
  'proposals.category.food': 'Food',
  'proposals.category.rights': 'Service recipients’ rights',
  'proposals.category.other': 'Other',

  'proposals.status.new': 'New',
  'proposals.status.accepted': 'Accepted',
  'proposals.status.rejected': 'Rejected',
  'proposals.status.merged': 'Merged',

  'proposals.sheet.title': 'Proposals and complaints',
  'proposals.col.kind': 'Kind',
  'proposals.col.source': 'Source',
  'proposals.col.unit': 'Unit (empty: whole organisation)',
  'proposals.col.text': 'Proposal or complaint',
  'proposals.col.category': 'Category',
  'proposals.col.receivedOn': 'Date received',
  'proposals.col.submittedBy': 'Submitted by (staff member)',
  'proposals.col.recipientCode': 'Service recipient’s code',
  'proposals.col.anonymous': 'Anonymous',
  'proposals.col.responseDueOn': 'Response due',
  'proposals.col.status': 'Status (do not change)',
  'proposals.col.reason': 'Reason for the decision (do not change)',
  'proposals.col.response': 'Response (do not change)',
  'proposals.col.respondedOn': 'Date answered (do not change)',
  'proposals.yes': 'Yes',
  'proposals.no': 'No',

  'proposals.boxIsForRecipients':
    'Service recipients write to the complaints and suggestions box: choose the kind “Service recipient’s suggestion” or “Complaint”.',
  'proposals.staffSourceIsForStaff':
    'Staff meetings and annual performance reviews give staff proposals, not recipients’ suggestions or complaints.',
  'proposals.recipientNotNamed':
    'A service recipient is never named: give their code (recipientCode) or mark it anonymous.',
  'proposals.anonymousNamed': 'An anonymous proposal cannot name who made it.',
  'proposals.recipientCodeForStaff':
    'A recipient code belongs only to service recipients’ suggestions and complaints.',
  'proposals.personalCode':
    'This looks like a personal identity code. Service recipients appear only under a pseudonymous code (e.g. VG-014), never a personal code.',
  'proposals.anonymousWithCode':
    'An anonymous suggestion or complaint cannot carry a recipient code: remove the code or the anonymous mark.',
  'proposals.codeOrAnonymous':
    'Give the service recipient’s code or mark the suggestion or complaint anonymous.',
  'proposals.complaintsOnly': 'Only complaints have a response due date.',
  'proposals.beforeReceived': 'The date cannot be earlier than the date received ({receivedOn}).',
  'proposals.reasonRequired': 'A rejection needs a reason.',
  'proposals.mergedIntoRequired': 'Merging needs the item it is merged into (mergedInto).',
  'proposals.mergedIntoSelf': 'An item cannot be merged into itself.',
  'proposals.mergedIntoMissing': 'The {year} cycle has no item {id}.',
  'proposals.mergedIntoMerged': 'Item {id} is itself merged into {target}; merge into that one.',
  'proposals.mergedIntoOnlyForMerged': 'The item to merge into is given only when merging.',
  'proposals.outcomeOnlyForAccepted':
    'Only an accepted proposal can name the plan item or improvement action it became.',
  'proposals.notNew': 'This item has been decided, so its content can no longer change.',
  'proposals.alreadyDecided':
    'This item has been decided; only the deputy director for social work or the director may change the decision.',
  'proposals.notComplaint': 'Only complaints get a recorded response.',
  'proposals.alreadyResponded':
    'This complaint has been answered; only the deputy director for social work or the director may change the response.',
  'proposals.forbidden.register':
    'You may register proposals and complaints only for your own unit or the whole organisation.',
  'proposals.forbidden.edit':
    'Only the staff member who registered it, the head of its unit, the deputy director for social work or the director may change it.',
  'proposals.forbidden.decide':
    'Only the head of its unit decides; for the whole organisation, the deputy director for social work or the director.',
  'proposals.forbidden.respond':
    'The head of its unit answers a complaint; for the whole organisation, the deputy director for social work or the director.',
};
