// Voice for the encounter view (progressive enhancement): push-to-talk speech input and spoken
// patient replies through the browser's Web Speech API. Nothing here is needed to practise: text
// always works, and the controls stay hidden where the browser lacks the API.
// Called as executeJs(script, micButton, speakToggle, questionField, language, age, sex).
(function (mic, speakToggle, field, language, age, sex) {
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';

  if (Recognition && mic) {
    mic.removeAttribute('hidden');
    let recognition = null;
    let before = '';
    const stop = () => { if (recognition) { recognition.stop(); } };
    const start = (event) => {
      if (event) { event.preventDefault(); }
      if (recognition) { return; }
      recognition = new Recognition();
      recognition.lang = locale;
      recognition.interimResults = true;
      recognition.continuous = true;
      before = field.value ? field.value.trim() + ' ' : '';
      recognition.onresult = (e) => {
        let heard = '';
        for (let i = 0; i < e.results.length; i++) { heard += e.results[i][0].transcript; }
        field.value = (before + heard).trimStart();
      };
      recognition.onend = () => {
        recognition = null;
        mic.removeAttribute('listening');
        // the student reads what was heard and sends it: a misheard question is never sent by itself
        field.dispatchEvent(new Event('change', { bubbles: true }));
        field.focus();
      };
      recognition.onerror = () => { stop(); };
      mic.setAttribute('listening', '');
      recognition.start();
    };
    // hold to talk with a pointer; with the keyboard, Space or Enter starts and the next press stops
    mic.addEventListener('pointerdown', start);
    mic.addEventListener('pointerup', stop);
    mic.addEventListener('pointerleave', stop);
    mic.addEventListener('keydown', (e) => {
      if (e.key !== ' ' && e.key !== 'Enter') { return; }
      e.preventDefault();
      if (recognition) { stop(); } else { start(); }
    });
  }

  if ('speechSynthesis' in window && speakToggle) {
    speakToggle.removeAttribute('hidden');
  }

  // The voice that fits the patient: the station's language, the sex where the voice's name tells
  // it, and a pitch and pace for the age (a child higher, an older person slower).
  window.osceVoice = {
    speak(text) {
      if (!('speechSynthesis' in window)) { return null; }
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = locale;
      const voices = speechSynthesis.getVoices().filter((v) => v.lang && v.lang.toLowerCase().startsWith(language));
      const female = /female|femme|woman|amélie|amelie|audrey|aurélie|marie|julie|hortense|zira|susan|hazel|kate|serena|samantha|victoria|karen|moira|tessa|fiona|libby|sonia/i;
      const male = /\bmale\b|homme|\bman\b|thomas|nicolas|paul|daniel|george|david|mark|james|ryan|alex|fred|oliver|arthur|henri|claude/i;
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
    stop() { if ('speechSynthesis' in window) { speechSynthesis.cancel(); } }
  };
})($0, $1, $2, $3, $4, $5);
