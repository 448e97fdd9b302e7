// Words only the exported web copy uses; the rest come from the kiosk's own UI strings and the content.
import type { Locale } from '../../electron/shared/content-types';

export type ExportStrings = {
  skip: string;
  allPages: string;
  contents: string;
  moreTopics: string;
  reviewed: (checked: string, due: string) => string;
  sources: string;
  glossary: string;
  questionsNote: string;
  myQuestions: string;
  myQuestionsEmpty: string;
  allQuestions: string;
  printHint: string;
  copyNote: string;
  chooseLanguage: string;
};

export const EXPORT_STRINGS: Record<Locale, ExportStrings> = {
  en: {
    skip: 'Skip to the page',
    allPages: 'All pages',
    contents: 'What is in this guide',
    moreTopics: 'More topics',
    reviewed: (checked, due) => `Facts checked ${checked}. Next check due ${due}.`,
    sources: 'Where this comes from',
    glossary: 'Words to know',
    questionsNote: 'Questions you picked at the kiosk are listed first.',
    myQuestions: 'My questions',
    myQuestionsEmpty: 'You did not pick any questions at the kiosk. All the questions are below.',
    allQuestions: 'All the questions',
    printHint: 'To keep this page, use your browser to save or print it.',
    copyNote:
      'This is a copy of the kiosk guide in the hospital. It does not replace what your care team tells you.',
    chooseLanguage: 'Choose a language',
  },
  es: {
    skip: 'Ir a la página',
    allPages: 'Todas las páginas',
    contents: 'Qué hay en esta guía',
    moreTopics: 'Más temas',
    reviewed: (checked, due) => `Datos revisados el ${checked}. Próxima revisión el ${due}.`,
    sources: 'De dónde viene esta información',
    glossary: 'Palabras que conviene saber',
    questionsNote: 'Las preguntas que eligió en el quiosco aparecen primero.',
    myQuestions: 'Mis preguntas',
    myQuestionsEmpty: 'No eligió ninguna pregunta en el quiosco. Todas las preguntas están abajo.',
    allQuestions: 'Todas las preguntas',
    printHint: 'Para guardar esta página, use el navegador para guardarla o imprimirla.',
    copyNote:
      'Esta es una copia de la guía del quiosco del hospital. No reemplaza lo que le dice su equipo de atención.',
    chooseLanguage: 'Elija un idioma',
  },
};
