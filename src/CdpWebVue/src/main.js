import { createApp } from 'vue'
import App from './App.vue'
import { loadRuntimeConfig } from './runtimeConfig.js'
import './style.css'

// Configuration comes from the server at run time, so the app mounts only once it has it.
loadRuntimeConfig().then(
  () => createApp(App).mount('#app'),
  (error) => {
    console.error(error)
    document.getElementById('app').textContent = 'This page could not load its configuration. Try again later.'
  },
)
