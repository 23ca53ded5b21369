/** Uploads through pre-signed URLs — words users see. */
export const lt = {
  'problem.too_large.title': 'Per didelis failas',
  'problem.too_large.detail': 'Failas didesnis, nei leidžiama.',
  'uploads.notFound':
    'Įkėlimas „{uploadId}“ nerastas: failas dar neįkeltas (PUT į gautą adresą), įkėlimas jau panaudotas arba pasibaigė (laikomas vieną parą), arba nurodytas neteisingas identifikatorius.',
  'uploads.tooLarge':
    'Įkeltas failas per didelis: {size} MB, leidžiama ne daugiau kaip {limit} MB.',
  'uploads.bodyAndUpload':
    'Pateikite failą tik vienu būdu: užklausos turinyje arba parametru „upload“, ne abiem.',
  'uploads.bodyOrUpload':
    'Trūksta failo: pateikite .xlsx užklausos turinyje arba, jei failas didesnis nei 10 MB, įkelkite jį per POST /v1/uploads ir nurodykite parametrą „upload“.',
};

export const en: Record<keyof typeof lt, string> = {
  'problem.too_large.title': 'File too large',
  'problem.too_large.detail': 'The file is larger than allowed.',
  'uploads.notFound':
    'Upload "{uploadId}" not found: its bytes were not PUT to the given URL yet, it was already used or has expired (uploads are kept one day), or the id is wrong.',
  'uploads.tooLarge': 'The uploaded file is too large: {size} MB, at most {limit} MB is allowed.',
  'uploads.bodyAndUpload':
    'Send the file one way only: as the request body or through the "upload" parameter, not both.',
  'uploads.bodyOrUpload':
    'The file is missing: send the .xlsx as the request body or, above 10 MB, upload it through POST /v1/uploads and name it with the "upload" parameter.',
};
