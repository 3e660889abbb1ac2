/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // Kommunstöd: the page title reads "Kommunstöd Uppgifter" (vendor + " " + name).
  app: {
    name: 'Uppgifter',
    vendor: 'Kommunstöd'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Kommunstöd: Swedish (locales/sv.json) when the browser asks for it, English otherwise.
  locales: {
    availableLocales: ['en', 'sv'],
    fallbackLocale: 'en'
  },
  // Kommunstöd: the label files before the app starts (app/kommunstod/locales.js, so no label shows
  // as its key); roles, form-js in Swedish, refusals, confirmations, the case page link
  // (scripts/kommunstod/tasklist.js). Both are loaded relative to app/tasklist/.
  customScripts: [
    '../kommunstod/locales',
    'scripts/kommunstod/tasklist',
    // Kommunstöd: form-js dynamic lists (Slutför stays usable, the lists' buttons in Swedish)
    'scripts/kommunstod/dynamic-lists'
  ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // Kommunstöd: the keyboard shortcuts' descriptions (Tasklist's shortcut help) in Swedish.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valda uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar markören till första filtret'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar markören till första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar markören till formulärets första fält'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogen Starta process'
    }
  }
};
