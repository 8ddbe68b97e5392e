// Voice for the encounter view (progressive enhancement): push-to-talk speech input and spoken
// patient replies. Nothing here is needed to practise: text always works.
// Called as executeJs(script, micButton, speakToggle, questionField, statusLine, settings), settings being
// { listen: 'server' | 'browser' | 'none', speak: 'server' | 'browser', encounterId, language, age, sex,
//   maxSeconds, texts: { recording, transcribing, check, nothing, denied, failed } }.
// 'server': the browser records (MediaRecorder) and sends the audio to this app only, which passes it to
// the hospital's speech server (docs/voice.md). 'browser' (only when an institution allowed it): the
// browser's own recogniser, which in Chrome sends the audio to the browser vendor's servers.
(function (mic, speakToggle, field, status, settings) {
  const texts = settings.texts;
  const locale = settings.language === 'fr' ? 'fr-FR' : 'en-GB';
  const api = '/api/encounters/' + settings.encounterId;
  const say = (text) => { status.textContent = text || ''; };
  const show = (text) => {
    const before = field.value ? field.value.trim() + ' ' : '';
    field.value = (before + text).trim();
    // the student reads what was heard and sends it: a misheard question is never sent by itself
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.focus();
  };
  const recordingState = (on) => {
    if (on) { mic.setAttribute('recording', ''); } else { mic.removeAttribute('recording'); }
    mic.setAttribute('aria-pressed', on ? 'true' : 'false');
  };

  // A recording as 16 kHz mono 16-bit WAV, which every Whisper server reads (WebM/Opus needs ffmpeg).
  const toWav = async (blob) => {
    const context = new AudioContext();
    let decoded;
    try { decoded = await context.decodeAudioData(await blob.arrayBuffer()); } finally { context.close(); }
    const rate = 16000;
    const offline = new OfflineAudioContext(1, Math.max(1, Math.ceil(decoded.duration * rate)), rate);
    const source = offline.createBufferSource();
    source.buffer = decoded;
    source.connect(offline.destination);
    source.start();
    const samples = (await offline.startRendering()).getChannelData(0);
    const view = new DataView(new ArrayBuffer(44 + samples.length * 2));
    const text = (at, s) => { for (let i = 0; i < s.length; i++) { view.setUint8(at + i, s.charCodeAt(i)); } };
    text(0, 'RIFF'); view.setUint32(4, 36 + samples.length * 2, true); text(8, 'WAVE');
    text(12, 'fmt '); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
    view.setUint32(24, rate, true); view.setUint32(28, rate * 2, true); view.setUint16(32, 2, true); view.setUint16(34, 16, true);
    text(36, 'data'); view.setUint32(40, samples.length * 2, true);
    for (let i = 0; i < samples.length; i++) {
      const s = Math.max(-1, Math.min(1, samples[i]));
      view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
    }
    return new Blob([view.buffer], { type: 'audio/wav' });
  };

  const serverListening = () => {
    let stream = null, recorder = null, chunks = [], holding = false, timer = null, releasedAt = 0;
    const release = () => {
      // the end of speech: the button released (or the time limit reached)
      if (holding) { releasedAt = performance.now(); }
      holding = false;
      clearTimeout(timer);
      if (recorder && recorder.state !== 'inactive') { recorder.stop(); } else if (stream) { stream.getTracks().forEach((t) => t.stop()); recordingState(false); say(''); }
    };
    const transcribe = async (recorded, speechEnded) => {
      say(texts.transcribing);
      mic.setAttribute('busy', '');
      try {
        let audio = recorded;
        try { audio = await toWav(recorded); } catch (e) { /* send what was recorded: the server may read it */ }
        const response = await fetch(api + '/transcription', { method: 'POST', credentials: 'same-origin',
          headers: { 'Content-Type': (audio.type || 'application/octet-stream').split(';')[0] }, body: audio });
        const answer = await response.json().catch(() => ({}));
        if (!response.ok) { say(answer.message || texts.failed); return; }
        if (answer.text) { show(answer.text); say(texts.check); } else { say(texts.nothing); }
        window.osceVoice.lastTiming = { speechEnded, shown: performance.now(), bytes: audio.size };
        mic.dispatchEvent(new CustomEvent('osce-transcribed', { detail: window.osceVoice.lastTiming }));
      } catch (e) {
        say(texts.failed);
      } finally {
        mic.removeAttribute('busy');
      }
    };
    const start = async (event) => {
      if (event) { event.preventDefault(); }
      if (holding || mic.hasAttribute('busy')) { return; }
      holding = true;
      recordingState(true);
      say(texts.recording);
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (e) {
        holding = false; recordingState(false); say(texts.denied); return;
      }
      if (!holding) { stream.getTracks().forEach((t) => t.stop()); stream = null; recordingState(false); say(''); return; }
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = (e) => { if (e.data && e.data.size) { chunks.push(e.data); } };
      recorder.onstop = () => {
        const speechEnded = releasedAt || performance.now();
        stream.getTracks().forEach((t) => t.stop());
        stream = null;
        recordingState(false);
        const recorded = new Blob(chunks, { type: recorder.mimeType });
        recorder = null;
        if (recorded.size) { transcribe(recorded, speechEnded); } else { say(''); }
      };
      recorder.start();
      // never longer than the server accepts: stop at the limit as if released
      timer = setTimeout(release, settings.maxSeconds * 1000);
    };
    return { start, release, active: () => holding };
  };

  const browserListening = () => {
    const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    let recognition = null;
    const release = () => { if (recognition) { recognition.stop(); } };
    const start = (event) => {
      if (event) { event.preventDefault(); }
      if (recognition) { return; }
      recognition = new Recognition();
      recognition.lang = locale;
      recognition.interimResults = false;
      recognition.continuous = true;
      let heard = '';
      recognition.onresult = (e) => {
        heard = '';
        for (let i = 0; i < e.results.length; i++) { heard += e.results[i][0].transcript; }
      };
      recognition.onend = () => { recognition = null; recordingState(false); say(''); if (heard) { show(heard); } };
      recognition.onerror = () => { release(); };
      recordingState(true);
      say(texts.recording);
      recognition.start();
    };
    return { start, release, active: () => recognition !== null };
  };

  let listening = null;
  if (settings.listen === 'server' && navigator.mediaDevices && window.MediaRecorder) {
    listening = serverListening();
  } else if (settings.listen === 'browser' && (window.SpeechRecognition || window.webkitSpeechRecognition)) {
    listening = browserListening();
  }
  if (listening && mic) {
    mic.removeAttribute('hidden');
    mic.setAttribute('aria-pressed', 'false');
    // hold to talk with a pointer; with the keyboard, Space or Enter starts and the next press stops
    mic.addEventListener('pointerdown', listening.start);
    mic.addEventListener('pointerup', listening.release);
    mic.addEventListener('pointerleave', listening.release);
    mic.addEventListener('keydown', (e) => {
      if (e.key !== ' ' && e.key !== 'Enter') { return; }
      e.preventDefault();
      if (e.repeat) { return; }
      if (listening.active()) { listening.release(); } else { listening.start(); }
    });
  }

  let playing = null;
  const localVoices = () => ('speechSynthesis' in window ? speechSynthesis.getVoices() : [])
      .filter((v) => v.localService && v.lang && v.lang.toLowerCase().startsWith(settings.language));
  if (speakToggle && (settings.speak === 'server' || 'speechSynthesis' in window)) {
    speakToggle.removeAttribute('hidden');
  }

  window.osceVoice = {
    lastTiming: null,
    // the reply of turn seq: from the app (the hospital's server spoke it), else the browser's own local voices
    speak(text, seq) {
      if (settings.speak === 'server') {
        this.stop();
        return fetch(api + '/turns/' + seq + '/speech', { credentials: 'same-origin' })
          .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
          .then((blob) => {
            playing = new Audio(URL.createObjectURL(blob));
            window.osceVoice.lastAudio = playing;
            playing.className = 'osce-reply-audio';
            return playing.play();
          })
          .catch(() => say(texts.failed));
      }
      if (!('speechSynthesis' in window)) { return null; }
      // The voice that fits the patient: the station's language, the sex where the voice's name tells
      // it, and a pitch and pace for the age (a child higher, an older person slower). Local voices only:
      // a browser's network voices would send the reply's text to its vendor.
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = locale;
      const voices = localVoices();
      const female = /female|femme|woman|amélie|amelie|audrey|aurélie|marie|julie|hortense|zira|susan|hazel|kate|serena|samantha|victoria|karen|moira|tessa|fiona|libby|sonia/i;
      const male = /\bmale\b|homme|\bman\b|thomas|nicolas|paul|daniel|george|david|mark|james|ryan|alex|fred|oliver|arthur|henri|claude/i;
      const sex = settings.sex, age = settings.age;
      const wanted = sex === 'female' ? female : sex === 'male' ? male : null;
      const matching = wanted ? voices.filter((v) => wanted.test(v.name) && !(sex === 'male' && female.test(v.name))) : [];
      utterance.voice = matching[0] || voices[0] || null;
      let pitch = 1;
      let rate = 1;
      if (age < 13) { pitch = 1.5; rate = 1.05; } else if (age >= 70) { pitch = 0.85; rate = 0.85; } else if (age >= 55) { rate = 0.93; }
      if (!matching.length) { pitch *= sex === 'male' ? 0.85 : sex === 'female' ? 1.15 : 1; }
      utterance.pitch = Math.min(2, pitch);
      utterance.rate = rate;
      speechSynthesis.cancel();
      speechSynthesis.speak(utterance);
      return { lang: utterance.lang, pitch: utterance.pitch, rate: utterance.rate, voice: utterance.voice ? utterance.voice.name : null };
    },
    stop() {
      if (playing) { playing.pause(); playing = null; }
      if ('speechSynthesis' in window) { speechSynthesis.cancel(); }
    }
  };
})($0, $1, $2, $3, $4);
