import { h, formatDate } from './dom.js';
import { get, send, problemBox, ApiError } from './api.js';
import { t } from './i18n.js';
import { field, apiForm } from './forms.js';

// The file types outcomes take, as coalition-service reads them from the content (not the name).
const TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

// The service's limit (20 MB); checked here only to spare a long upload that would be refused.
const MAX_BYTES = 20 * 1024 * 1024;

function size(bytes) {
  return bytes >= 1024 * 1024 ? t('documents.mb', (bytes / (1024 * 1024)).toFixed(1))
    : t('documents.kb', Math.max(1, Math.round(bytes / 1024)));
}

/**
 * An outcome's files: each a download link with its type, size, who added it and when; for members on a draft,
 * a form to add a PDF, ODT or DOCX file. Anyone sees a published outcome's files; a draft's only its members.
 *
 * @param coalitionId the coalition
 * @param outcome the outcome as the API shows it (id, status)
 * @param member whether the person looking is a member of the coalition
 */
export function outcomeDocuments(coalitionId, outcome, member) {
  const path = `/api/coalitions/${encodeURIComponent(coalitionId)}/outcomes/${encodeURIComponent(outcome.id)}/documents`;
  const list = h('div', { class: 'documents-list' });
  const box = h('div', { class: 'documents', 'data-documents': outcome.id }, h('h3', null, t('documents.title')), list);
  const load = () => get(path).then((documents) => {
    list.replaceChildren(documents.length ? h('ul', { class: 'files' }, documents.map((d) => h('li', { 'data-document': d.id },
      h('a', { href: `${path}/${encodeURIComponent(d.id)}`, download: d.fileName }, d.fileName), ' ',
      h('span', { class: 'muted' }, t('documents.about', TYPES[d.contentType] || d.contentType, size(d.size),
        d.addedByName || '', formatDate(d.addedAt)))))) : h('p', { class: 'muted' }, t('documents.none')));
  }).catch((error) => list.replaceChildren(problemBox(error)));
  load();
  if (member && outcome.status === 'DRAFT') {
    const input = h('input', { type: 'file', name: 'file', required: true,
      accept: `.pdf,.odt,.docx,${Object.keys(TYPES).join(',')}` });
    box.append(apiForm({
      name: 'document', reset: true,
      submitLabel: t('documents.upload'),
      fields: [field(t('documents.file'), input, t('documents.fileHint'))],
      submit: () => {
        const file = input.files[0];
        if (!file) return Promise.reject(new ApiError(400, { title: t('documents.choose') }));
        if (file.size > MAX_BYTES) return Promise.reject(new ApiError(413, { title: t('documents.tooLarge') }));
        const form = new FormData();
        form.append('file', file, file.name);
        return send('POST', path, form);
      },
      done: load,
    }));
  }
  return box;
}
